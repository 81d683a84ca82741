package dev.tablesmith.migration;

import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.diff.SchemaChanges;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.ForeignKeyIndexes;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.options.Options;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.rules.RuleConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Ordered changes → the same changes in their lock-light forms, for tables that already exist (and
 * so are in use); new tables are empty and get the plain forms. Pure: old schema × ordered changes
 * × settings → changes.
 *
 * <p>The result has up to three parts, which {@link ScriptWriter} turns into up to three versions:
 * first the {@code DROP INDEX CONCURRENTLY}s (outside a transaction), then the transactional main
 * part (with foreign keys and checks added {@code NOT VALID}), then, again outside a transaction,
 * the {@code CREATE INDEX CONCURRENTLY}s, the unique constraints attached to such indexes, the
 * {@code VALIDATE CONSTRAINT}s and the safe {@code SET NOT NULL}s, so each second step commits on
 * its own instead of inside the transaction that locked the table. Down files run in the opposite
 * order, so an index dropped first is rebuilt last, once its columns are back.
 */
public final class Safety {
    public static final String INDEX_CONCURRENTLY = "index-concurrently";
    public static final String FK_NOT_VALID = "fk-not-valid";
    public static final String SAFE_SET_NOT_NULL = "safe-set-not-null";
    public static final String LOCK_TIMEOUT = "lock-timeout";

    private Safety() {}

    /**
     * Which safe forms to use.
     *
     * @param lockTimeout value of {@code SET lock_timeout}, or null for none
     * @param statementTimeout value of {@code SET statement_timeout} in the transactional parts, or
     *     null for none; set with the lock timeout (the {@code lock-timeout} rule)
     */
    public record Settings(boolean concurrentIndexes, boolean notValidConstraints, boolean safeSetNotNull,
            String lockTimeout, String statementTimeout) {
        /** The plain forms, no timeouts. */
        public static final Settings PLAIN = new Settings(false, false, false, null, null);

        /** Every safe form, with the default statement timeout. */
        public static Settings safe(String lockTimeout) {
            return new Settings(true, true, true, lockTimeout, Options.DEFAULT_STATEMENT_TIMEOUT);
        }

        /** Each safe form is on unless its rule's severity is {@code off}. */
        public static Settings from(RuleConfig rules, String lockTimeout, String statementTimeout) {
            boolean timeouts = on(rules, LOCK_TIMEOUT);
            return new Settings(on(rules, INDEX_CONCURRENTLY), on(rules, FK_NOT_VALID), on(rules, SAFE_SET_NOT_NULL),
                    timeouts ? lockTimeout : null, timeouts ? statementTimeout : null);
        }

        private static boolean on(RuleConfig rules, String id) {
            return RuleCatalog.byId(id).map(r -> rules.severityOf(r) != Severity.OFF).orElse(true);
        }
    }

    /**
     * The safe forms, with every drop before every build (the order for databases that build
     * indexes under the table's lock anyway: MySQL, SQLite).
     */
    public static List<Change> apply(Schema old, List<Change> ordered, Settings settings) {
        return apply(old, ordered, settings, false);
    }

    /**
     * @param replaceThenDrop build every new index, unique key and foreign key before anything
     *     it replaces is dropped ({@link #replaceThenDrop}); for a database that builds indexes
     *     {@code CONCURRENTLY} (PostgreSQL), where the old one keeps serving meanwhile
     */
    public static List<Change> apply(Schema old, List<Change> ordered, Settings settings, boolean replaceThenDrop) {
        if (replaceThenDrop && settings.concurrentIndexes()) {
            return replaceThenDrop(old, ordered, settings);
        }
        Set<String> existing = existingTables(old, ordered);
        Set<String> referencedKeys = referencedKeys(ordered);
        Set<String> newPrimaryKeyColumns = newPrimaryKeyColumns(ordered);
        List<Change> before = new ArrayList<>();
        List<Change> main = new ArrayList<>();
        List<Change> after = new ArrayList<>();
        for (Change c : ordered) {
            boolean onExisting = c.table() != null && existing.contains(c.table());
            if (settings.concurrentIndexes() && onExisting && c instanceof Change.DropIndex d) {
                before.add(new Change.DropIndex(d.table(), d.index(), true));
            } else if (!safeForm(c, onExisting, settings, referencedKeys, newPrimaryKeyColumns, main, after)) {
                main.add(c);
            }
        }
        List<Change> out = new ArrayList<>(before);
        out.addAll(main);
        out.addAll(after);
        return out;
    }

    /**
     * Replace, never uncover: the result has up to five parts, each a run of one kind that
     * {@link ScriptWriter} turns into its own version.
     * <ol>
     *   <li>expand, in one transaction: the plain changes, checks and foreign keys added {@code NOT
     *       VALID} (enforced for new rows from the commit on), and an index or unique key that a
     *       new one of the same name replaces renamed out of its way (it keeps serving);</li>
     *   <li>build, outside a transaction: every new index {@code CONCURRENTLY}, unique keys
     *       attached to theirs;</li>
     *   <li>in one transaction, the foreign keys whose leading index was only just built, {@code
     *       NOT VALID} (so no foreign key exists without its index);</li>
     *   <li>outside a transaction: {@code VALIDATE CONSTRAINT}s, the safe {@code SET NOT NULL}s,
     *       then the {@code DROP INDEX CONCURRENTLY}s of the indexes that were replaced or
     *       removed, now that what replaces them is valid;</li>
     *   <li>contract, in one transaction: the unique keys replaced or removed, and the columns
     *       whose index had to be dropped first.</li>
     * </ol>
     * A foreign key is dropped in the first part, before its index. The down files run the parts
     * backwards, so they too drop an index only after what it replaced is back.
     */
    static List<Change> replaceThenDrop(Schema old, List<Change> ordered, Settings settings) {
        Set<String> existing = existingTables(old, ordered);
        Set<String> referencedKeys = referencedKeys(ordered);
        Set<String> newPrimaryKeyColumns = newPrimaryKeyColumns(ordered);
        Set<String> created = createdRelationNames(ordered);
        Set<String> taken = new HashSet<>(created);
        taken.addAll(relationNames(old));
        // drops are planned under the table's old name (they used to come before the renames)
        Map<String, String> renamedTo = new HashMap<>();
        Set<String> droppedTables = new HashSet<>();
        for (Change c : ordered) {
            if (c instanceof Change.RenameTable r) {
                renamedTo.put(r.from(), r.to());
            } else if (c instanceof Change.DropTable d) {
                droppedTables.add(d.table());
            }
        }
        // tables with an index or unique key dropped late: their dropped columns wait for it (an
        // expression index names its columns only in text)
        Set<String> droppedLater = new HashSet<>();
        for (Change c : ordered) {
            if ((c instanceof Change.DropIndex || c instanceof Change.DropUnique) && existing.contains(c.table())
                    && !droppedTables.contains(c.table())) {
                droppedLater.add(renamedTo.getOrDefault(c.table(), c.table()));
            }
        }
        List<Change> main = new ArrayList<>();
        List<Change> builds = new ArrayList<>();
        List<Change> keys = new ArrayList<>();
        List<Change> after = new ArrayList<>();
        List<Change> drops = new ArrayList<>();
        List<Change> contract = new ArrayList<>();
        Schema state = old;
        for (Change c : ordered) {
            boolean onExisting = c.table() != null && existing.contains(c.table());
            List<Change> toMain = new ArrayList<>();
            boolean late = onExisting && !droppedTables.contains(c.table());
            if (late && c instanceof Change.DropIndex d) {
                Index index = d.index();
                if (created.contains(index.name())) {
                    String retired = retiredName(index.name(), taken);
                    toMain.add(new Change.RenameIndex(d.table(), index.name(), retired));
                    index = index.withName(retired);
                }
                drops.add(new Change.DropIndex(renamedTo.getOrDefault(d.table(), d.table()), index, true));
            } else if (late && c instanceof Change.DropUnique u) {
                UniqueConstraint unique = u.unique();
                if (created.contains(unique.name())) {
                    String retired = retiredName(unique.name(), taken);
                    toMain.add(new Change.RenameConstraint(u.table(), unique.name(), retired));
                    unique = new UniqueConstraint(retired, unique.columns());
                }
                contract.add(new Change.DropUnique(renamedTo.getOrDefault(u.table(), u.table()), unique));
            } else if (onExisting && c instanceof Change.DropIndex d) {
                toMain.add(new Change.DropIndex(d.table(), d.index(), false)); // its table goes in this transaction
            } else if (onExisting && c instanceof Change.DropColumn d && droppedLater.contains(d.table())) {
                contract.add(c);
            } else if (settings.notValidConstraints() && onExisting && c instanceof Change.AddForeignKey f
                    && !state.table(f.table()).map(t -> ForeignKeyIndexes.isCovered(t, f.foreignKey().columns()))
                            .orElse(true)) {
                // its index is built concurrently first: the key is added once it is valid
                keys.add(new Change.AddForeignKey(f.table(), f.foreignKey(), true));
                after.add(new Change.ValidateConstraint(f.table(), f.foreignKey().name()));
            } else if (!safeForm(c, onExisting, settings, referencedKeys, newPrimaryKeyColumns, toMain, builds)) {
                toMain.add(c);
            }
            for (Change m : toMain) {
                main.add(m);
                state = SchemaChanges.apply(state, List.of(m));
            }
        }
        // what is dropped late is dropped as the first part left it (a renamed column renamed in it too)
        Schema expanded = state;
        drops.replaceAll(c -> c instanceof Change.DropIndex d ? new Change.DropIndex(d.table(),
                expanded.table(d.table()).flatMap(t -> t.indexes().stream()
                        .filter(i -> i.name().equals(d.index().name())).findFirst()).orElse(d.index()), true) : c);
        contract.replaceAll(c -> c instanceof Change.DropUnique u ? new Change.DropUnique(u.table(),
                expanded.table(u.table()).flatMap(t -> t.uniqueConstraints().stream()
                        .filter(x -> x.name().equals(u.unique().name())).findFirst()).orElse(u.unique())) : c);
        // the second steps of the safe forms wait until every index is built
        List<Change> build = new ArrayList<>();
        for (Change c : builds) {
            (c instanceof Change.AddIndex || c instanceof Change.AddUniqueUsingIndex ? build : after).add(c);
        }
        List<Change> out = new ArrayList<>(main);
        out.addAll(build);
        out.addAll(keys);
        out.addAll(after);
        out.addAll(drops);
        out.addAll(contract);
        return out;
    }

    /**
     * The safe form of {@code c}, when there is one and it is on: the first steps go to {@code main},
     * the steps outside a transaction to {@code after}. False when {@code c} stays as it is.
     */
    private static boolean safeForm(Change c, boolean onExisting, Settings settings, Set<String> referencedKeys,
            Set<String> newPrimaryKeyColumns, List<Change> main, List<Change> after) {
        if (!onExisting) {
            return false;
        }
        if (settings.concurrentIndexes() && c instanceof Change.AddIndex a) {
            after.add(new Change.AddIndex(a.table(), a.index(), true));
        } else if (settings.concurrentIndexes() && c instanceof Change.AddUnique u
                // a foreign key added in this migration needs the unique key in place before it
                && !referencedKeys.contains(key(u.table(), u.unique().columns()))) {
            after.add(new Change.AddIndex(u.table(), uniqueIndex(u.unique()), true));
            after.add(new Change.AddUniqueUsingIndex(u.table(), u.unique()));
        } else if (settings.notValidConstraints() && c instanceof Change.AddForeignKey f) {
            main.add(new Change.AddForeignKey(f.table(), f.foreignKey(), true));
            after.add(new Change.ValidateConstraint(f.table(), f.foreignKey().name()));
        } else if (settings.notValidConstraints() && c instanceof Change.AddCheck ch) {
            main.add(new Change.AddCheck(ch.table(), ch.check(), true));
            after.add(new Change.ValidateConstraint(ch.table(), ch.check().name()));
        } else if (settings.safeSetNotNull() && c instanceof Change.SetNotNull n && n.notNull()
                // a new primary key sets NOT NULL itself, and its down could not drop it first
                && !newPrimaryKeyColumns.contains(n.table() + "." + n.column())) {
            after.add(new Change.SetNotNull(n.table(), n.column(), true, true));
        } else {
            return false;
        }
        return true;
    }

    private static Set<String> newPrimaryKeyColumns(List<Change> ordered) {
        Set<String> columns = new HashSet<>();
        for (Change c : ordered) {
            if (c instanceof Change.AddPrimaryKey p) {
                p.key().columns().forEach(col -> columns.add(p.table() + "." + col));
            }
        }
        return columns;
    }

    /**
     * Names of the indexes the changes create (a unique key's and a primary key's included): they
     * share one namespace with the indexes of every table.
     */
    private static Set<String> createdRelationNames(List<Change> changes) {
        Set<String> names = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.CreateTable t) {
                names.addAll(relationNames(t.definition()));
            } else if (c instanceof Change.AddIndex a) {
                names.add(a.index().name());
            } else if (c instanceof Change.AddUnique u) {
                names.add(u.unique().name());
            } else if (c instanceof Change.AddPrimaryKey p) {
                names.add(p.key().name());
            } else if (c instanceof Change.AddExclusion e) {
                names.add(e.exclusion().name());
            } else if (c instanceof Change.RenameIndex r) {
                names.add(r.to());
            } else if (c instanceof Change.RenameConstraint r) {
                names.add(r.to());
            }
        }
        return names;
    }

    private static Set<String> relationNames(Schema schema) {
        Set<String> names = new HashSet<>();
        schema.tables().forEach(t -> names.addAll(relationNames(t)));
        schema.sequences().forEach(s -> names.add(s.name()));
        return names;
    }

    private static Set<String> relationNames(Table t) {
        Set<String> names = new HashSet<>();
        names.add(t.name());
        t.indexes().forEach(i -> names.add(i.name()));
        t.uniqueConstraints().forEach(u -> names.add(u.name()));
        t.exclusions().forEach(e -> names.add(e.name()));
        if (t.primaryKey() != null) {
            names.add(t.primaryKey().name());
        }
        return names;
    }

    /**
     * A free name for an index that keeps serving until its replacement is built:
     * {@code <name>_old}, cut to PostgreSQL's 63 bytes, numbered when taken.
     */
    static String retiredName(String name, Set<String> taken) {
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? "_old" : "_old" + n;
            String base = name;
            while (base.getBytes(StandardCharsets.UTF_8).length + suffix.length() > MAX_IDENTIFIER_BYTES) {
                base = base.substring(0, base.length() - 1);
            }
            String candidate = base + suffix;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    private static final int MAX_IDENTIFIER_BYTES = 63;

    /**
     * Tables of the old schema under the names the changes use (a renamed table by its new name,
     * since every later change names it so).
     */
    public static Set<String> existingTables(Schema old, List<Change> changes) {
        Set<String> existing = new HashSet<>();
        old.tables().forEach(t -> existing.add(t.name()));
        for (Change c : changes) {
            if (c instanceof Change.RenameTable r && existing.contains(r.from())) {
                existing.add(r.to());
            }
        }
        return existing;
    }

    /**
     * Whether the change takes a lock on a table that already exists: any change on it (dropping it
     * too), and a new table or foreign key that references it (which locks the referenced table).
     * A deprecation mark has no SQL.
     */
    public static boolean locksExistingTable(Change c, Set<String> existing) {
        if (c instanceof Change.SetDeprecated || c instanceof Change.NoOp) {
            return false;
        }
        if (c instanceof Change.CreateTable t) {
            return t.definition().foreignKeys().stream().anyMatch(f -> existing.contains(f.referencedTable()));
        }
        if (c instanceof Change.AddForeignKey f && existing.contains(f.foreignKey().referencedTable())) {
            return true;
        }
        return c.table() != null && existing.contains(c.table());
    }

    /** Whether the change locks any table (for down files, which run when every table exists). */
    public static boolean locksAnyTable(Change c) {
        return !(c instanceof Change.SetDeprecated || c instanceof Change.NoOp) && c.table() != null;
    }

    private static Set<String> referencedKeys(List<Change> changes) {
        Set<String> keys = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.AddForeignKey f) {
                keys.add(key(f.foreignKey().referencedTable(), f.foreignKey().referencedColumns()));
            } else if (c instanceof Change.CreateTable t) {
                for (ForeignKey fk : t.definition().foreignKeys()) {
                    keys.add(key(fk.referencedTable(), fk.referencedColumns()));
                }
            }
        }
        return keys;
    }

    private static String key(String table, List<String> columns) {
        return table + "(" + String.join(",", columns) + ")";
    }

    /** The index {@code ADD CONSTRAINT ... USING INDEX} turns into the constraint: same name and columns. */
    static Index uniqueIndex(UniqueConstraint u) {
        return new Index(u.name(), u.columns().stream().map(IndexElement::column).toList(), true, IndexMethod.BTREE,
                List.of(), null, null);
    }
}
