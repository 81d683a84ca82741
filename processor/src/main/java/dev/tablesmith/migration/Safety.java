package dev.tablesmith.migration;

import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.rules.RuleConfig;
import java.util.ArrayList;
import java.util.HashSet;
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
     */
    public record Settings(boolean concurrentIndexes, boolean notValidConstraints, boolean safeSetNotNull,
            String lockTimeout) {
        /** The plain forms, no lock timeout. */
        public static final Settings PLAIN = new Settings(false, false, false, null);

        /** Every safe form. */
        public static Settings safe(String lockTimeout) {
            return new Settings(true, true, true, lockTimeout);
        }

        /** Each safe form is on unless its rule's severity is {@code off}. */
        public static Settings from(RuleConfig rules, String lockTimeout) {
            return new Settings(on(rules, INDEX_CONCURRENTLY), on(rules, FK_NOT_VALID), on(rules, SAFE_SET_NOT_NULL),
                    on(rules, LOCK_TIMEOUT) ? lockTimeout : null);
        }

        private static boolean on(RuleConfig rules, String id) {
            return RuleCatalog.byId(id).map(r -> rules.severityOf(r) != Severity.OFF).orElse(true);
        }
    }

    public static List<Change> apply(Schema old, List<Change> ordered, Settings settings) {
        Set<String> existing = existingTables(old, ordered);
        Set<String> referencedKeys = referencedKeys(ordered);
        Set<String> newPrimaryKeyColumns = new HashSet<>();
        for (Change c : ordered) {
            if (c instanceof Change.AddPrimaryKey p) {
                p.key().columns().forEach(col -> newPrimaryKeyColumns.add(p.table() + "." + col));
            }
        }
        List<Change> before = new ArrayList<>();
        List<Change> main = new ArrayList<>();
        List<Change> after = new ArrayList<>();
        for (Change c : ordered) {
            boolean onExisting = c.table() != null && existing.contains(c.table());
            if (settings.concurrentIndexes() && onExisting && c instanceof Change.DropIndex d) {
                before.add(new Change.DropIndex(d.table(), d.index(), true));
            } else if (settings.concurrentIndexes() && onExisting && c instanceof Change.AddIndex a) {
                after.add(new Change.AddIndex(a.table(), a.index(), true));
            } else if (settings.concurrentIndexes() && onExisting && c instanceof Change.AddUnique u
                    // a foreign key added in this migration needs the unique key in place before it
                    && !referencedKeys.contains(key(u.table(), u.unique().columns()))) {
                after.add(new Change.AddIndex(u.table(), uniqueIndex(u.unique()), true));
                after.add(new Change.AddUniqueUsingIndex(u.table(), u.unique()));
            } else if (settings.notValidConstraints() && onExisting && c instanceof Change.AddForeignKey f) {
                main.add(new Change.AddForeignKey(f.table(), f.foreignKey(), true));
                after.add(new Change.ValidateConstraint(f.table(), f.foreignKey().name()));
            } else if (settings.notValidConstraints() && onExisting && c instanceof Change.AddCheck ch) {
                main.add(new Change.AddCheck(ch.table(), ch.check(), true));
                after.add(new Change.ValidateConstraint(ch.table(), ch.check().name()));
            } else if (settings.safeSetNotNull() && onExisting && c instanceof Change.SetNotNull n && n.notNull()
                    // a new primary key sets NOT NULL itself, and its down could not drop it first
                    && !newPrimaryKeyColumns.contains(n.table() + "." + n.column())) {
                after.add(new Change.SetNotNull(n.table(), n.column(), true, true));
            } else {
                main.add(c);
            }
        }
        List<Change> out = new ArrayList<>(before);
        out.addAll(main);
        out.addAll(after);
        return out;
    }

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
