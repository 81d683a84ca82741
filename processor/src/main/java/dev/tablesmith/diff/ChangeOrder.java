package dev.tablesmith.diff;

import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts changes in an order the database accepts: drops of dependent objects first, then renames,
 * new tables in foreign-key order (referenced before referencing), columns, constraints, indexes,
 * triggers and comments, then column and table drops. Foreign keys that close a cycle between new
 * tables are split out and added after all of them exist. Within a step, by table and name, so the
 * output is deterministic.
 */
public final class ChangeOrder {
    private ChangeOrder() {}

    public static List<Change> order(List<Change> changes) {
        List<Change> creates = new ArrayList<>();
        List<Change> drops = new ArrayList<>();
        List<Change> rest = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.CreateTable) {
                creates.add(c);
            } else if (c instanceof Change.DropTable) {
                drops.add(c);
            } else {
                rest.add(c);
            }
        }
        List<Change> extra = new ArrayList<>();
        List<Change> orderedCreates = createOrder(creates.stream().map(c -> ((Change.CreateTable) c).definition()).toList(),
                extra, false);
        List<Change> orderedDrops = createOrder(drops.stream().map(c -> ((Change.DropTable) c).definition()).toList(),
                extra, true);
        rest.addAll(extra);
        rest.sort(Comparator.comparingInt(ChangeOrder::rank)
                .thenComparing(c -> c.table() == null ? "" : c.table())
                .thenComparing(Change::description));
        List<Change> out = new ArrayList<>();
        for (Change c : rest) {
            if (rank(c) >= rank(new Change.AddColumn(null, null)) && !orderedCreates.isEmpty()) {
                out.addAll(orderedCreates);
                orderedCreates = List.of();
            }
            if (rank(c) >= rank(new Change.DropSequence(null)) && !orderedDrops.isEmpty()) {
                out.addAll(orderedDrops);
                orderedDrops = List.of();
            }
            out.add(c);
        }
        out.addAll(orderedCreates);
        out.addAll(orderedDrops);
        return out;
    }

    /**
     * Tables in dependency order (Kahn's algorithm, ties by name). Foreign keys inside a cycle are
     * taken out of the definitions: for creates they are added afterwards, for drops they are
     * dropped first. Drops come out in reverse order.
     */
    private static List<Change> createOrder(List<Table> tables, List<Change> extra, boolean forDrop) {
        Map<String, Table> remaining = new TreeMap<>();
        tables.forEach(t -> remaining.put(t.name(), t));
        // each table's unmet dependencies, and who waits on whom: linear, not a scan of all tables per step
        Map<String, Set<String>> waitingOn = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        TreeSet<String> ready = new TreeSet<>();
        for (Table t : remaining.values()) {
            Set<String> deps = dependencies(t, remaining.keySet());
            waitingOn.put(t.name(), deps);
            deps.forEach(d -> dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(t.name()));
            if (deps.isEmpty()) {
                ready.add(t.name());
            }
        }
        List<Table> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next;
            if (!ready.isEmpty()) {
                next = remaining.get(ready.pollFirst()); // ties by name
            } else {
                // a cycle: break it at the first table by name
                Table first = remaining.values().iterator().next();
                Set<String> blocking = dependencies(first, remaining.keySet());
                Table.Builder b = first.toBuilder();
                b.foreignKeys.clear();
                for (ForeignKey fk : first.foreignKeys()) {
                    if (blocking.contains(fk.referencedTable())) {
                        extra.add(forDrop ? new Change.DropForeignKey(first.name(), fk, false)
                                : new Change.AddForeignKey(first.name(), fk, false));
                    } else {
                        b.foreignKeys.add(fk);
                    }
                }
                next = b.build();
            }
            ordered.add(next);
            remaining.remove(next.name());
            for (String d : dependents.getOrDefault(next.name(), List.of())) {
                Set<String> deps = waitingOn.get(d);
                if (remaining.containsKey(d) && deps.remove(next.name()) && deps.isEmpty()) {
                    ready.add(d);
                }
            }
        }
        List<Change> out = new ArrayList<>();
        for (Table t : ordered) {
            out.add(forDrop ? new Change.DropTable(t) : new Change.CreateTable(t));
        }
        if (forDrop) {
            java.util.Collections.reverse(out);
        }
        return out;
    }

    private static Set<String> dependencies(Table t, Set<String> within) {
        Set<String> deps = new HashSet<>();
        for (ForeignKey fk : t.foreignKeys()) {
            if (!fk.referencedTable().equals(t.name()) && within.contains(fk.referencedTable())) {
                deps.add(fk.referencedTable());
            }
        }
        return deps;
    }

    static int rank(Change c) {
        return c.accept(RANK, null);
    }

    /**
     * The step each kind belongs to, in file order. New and dropped tables have no rank of their own:
     * {@link #order} puts them before the first column change and before the first sequence drop.
     */
    private static final Change.Visitor<Integer, Void> RANK = new Change.Visitor<>() {
        public Integer createTable(Change.CreateTable c, Void v) { return rank(new Change.AddColumn(null, null)); }
        public Integer dropTable(Change.DropTable c, Void v) { return rank(new Change.DropSequence(null)); }
        public Integer createSequence(Change.CreateSequence c, Void v) { return 0; }
        public Integer dropTrigger(Change.DropTrigger c, Void v) { return 1; }
        public Integer dropForeignKey(Change.DropForeignKey c, Void v) { return 2; }
        public Integer dropExclusion(Change.DropExclusion c, Void v) { return 3; }
        public Integer dropCheck(Change.DropCheck c, Void v) { return 4; }
        public Integer dropIndex(Change.DropIndex c, Void v) { return 5; }
        public Integer dropUnique(Change.DropUnique c, Void v) { return 6; }
        public Integer dropPrimaryKey(Change.DropPrimaryKey c, Void v) { return 7; }
        public Integer renameTable(Change.RenameTable c, Void v) { return 8; }
        public Integer renameColumn(Change.RenameColumn c, Void v) { return 9; }
        public Integer renameConstraint(Change.RenameConstraint c, Void v) { return 10; }
        public Integer renameIndex(Change.RenameIndex c, Void v) { return 11; }
        public Integer renameTrigger(Change.RenameTrigger c, Void v) { return 12; }
        public Integer renameSequence(Change.RenameSequence c, Void v) { return 13; }
        // after the rename: it names the sequence by its new name
        public Integer alterSequence(Change.AlterSequence c, Void v) { return 14; }
        public Integer addColumn(Change.AddColumn c, Void v) { return 15; }
        public Integer alterColumnType(Change.AlterColumnType c, Void v) { return 16; }
        public Integer setDefault(Change.SetDefault c, Void v) { return 17; }
        public Integer setNotNull(Change.SetNotNull c, Void v) { return 18; }
        public Integer addPrimaryKey(Change.AddPrimaryKey c, Void v) { return 19; }
        public Integer addUnique(Change.AddUnique c, Void v) { return 20; }
        public Integer addUniqueUsingIndex(Change.AddUniqueUsingIndex c, Void v) { return 21; }
        public Integer addCheck(Change.AddCheck c, Void v) { return 22; }
        public Integer addExclusion(Change.AddExclusion c, Void v) { return 23; }
        public Integer addForeignKey(Change.AddForeignKey c, Void v) { return 24; }
        public Integer validateConstraint(Change.ValidateConstraint c, Void v) { return 25; }
        public Integer addIndex(Change.AddIndex c, Void v) { return 26; }
        public Integer createTrigger(Change.CreateTrigger c, Void v) { return 27; }
        public Integer setTableComment(Change.SetTableComment c, Void v) { return 28; }
        public Integer setColumnComment(Change.SetColumnComment c, Void v) { return 29; }
        public Integer setIndexComment(Change.SetIndexComment c, Void v) { return 30; }
        public Integer setDeprecated(Change.SetDeprecated c, Void v) { return 31; }
        public Integer dropColumn(Change.DropColumn c, Void v) { return 32; }
        public Integer dropSequence(Change.DropSequence c, Void v) { return 33; }
        public Integer noOp(Change.NoOp c, Void v) { return 34; }
    };
}
