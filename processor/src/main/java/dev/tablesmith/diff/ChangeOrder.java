package dev.tablesmith.diff;

import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
        List<Table> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table ready = null;
            for (Table t : remaining.values()) {
                if (dependencies(t, remaining.keySet()).isEmpty()) {
                    ready = t;
                    break;
                }
            }
            if (ready == null) {
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
                ready = b.build();
            }
            ordered.add(ready);
            remaining.remove(ready.name());
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

    private static final Map<Class<?>, Integer> RANKS = ranks();

    private static Map<Class<?>, Integer> ranks() {
        Map<Class<?>, Integer> r = new LinkedHashMap<>();
        int i = 0;
        for (Class<?> c : List.of(
                Change.CreateSequence.class, Change.CreateUpdatedAtFunction.class,
                Change.DropTrigger.class, Change.DropForeignKey.class, Change.DropExclusion.class,
                Change.DropCheck.class, Change.DropIndex.class, Change.DropUnique.class, Change.DropPrimaryKey.class,
                Change.RenameTable.class, Change.RenameColumn.class, Change.RenameConstraint.class,
                Change.RenameIndex.class, Change.RenameTrigger.class, Change.RenameSequence.class,
                // after the rename: it names the sequence by its new name
                Change.AlterSequence.class,
                Change.AddColumn.class, Change.AlterColumnType.class, Change.SetDefault.class, Change.SetNotNull.class,
                Change.AddPrimaryKey.class, Change.AddUnique.class, Change.AddUniqueUsingIndex.class,
                Change.AddCheck.class, Change.AddExclusion.class,
                Change.AddForeignKey.class, Change.ValidateConstraint.class,
                Change.AddIndex.class, Change.CreateTrigger.class,
                Change.SetTableComment.class, Change.SetColumnComment.class, Change.SetIndexComment.class,
                Change.SetDeprecated.class,
                Change.DropColumn.class,
                Change.DropSequence.class, Change.DropUpdatedAtFunction.class, Change.NoOp.class)) {
            r.put(c, i++);
        }
        return r;
    }

    static int rank(Change c) {
        return RANKS.getOrDefault(c.getClass(), RANKS.size());
    }
}
