package dev.tablesmith.test.compare;

import dev.tablesmith.test.catalog.Engine;
import dev.tablesmith.test.catalog.DatabaseCatalog;
import dev.tablesmith.test.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The differences between {@code tablesmith-snapshot.json} and a live catalog, one line each, in a
 * fixed order (tables by name; per table its comment, columns by name, primary key, foreign keys,
 * uniques, checks, exclusions, indexes, triggers; then sequences and functions), e.g.
 * {@code orders.status: default 'PENDING' (snapshot) vs 'OPEN' (database)} or
 * {@code index idx_orders_user_id on orders: missing in database}.
 *
 * <p>The snapshot is read as Tablesmith's dialect for the engine writes it, so what the engine
 * cannot keep is not asked of it: on MySQL/MariaDB no expression index, partial predicate,
 * INCLUDE, access method or operator class, {@code updated_at} kept by {@code ON UPDATE} instead of
 * a trigger, the index InnoDB keeps for a foreign key no other index serves, and {@code JSON} as
 * {@code LONGTEXT} with a {@code json_valid} check; on SQLite no comments (it has none; Tablesmith's
 * {@code --} lines are not kept in every case), no access method, INCLUDE or operator class,
 * the rowid as identity, and sequences as Hibernate's one-row tables; exclusion constraints only
 * on PostgreSQL.
 */
public final class SnapshotComparison {
    /** The trigger function Tablesmith's PostgreSQL migrations create for {@code updated_at}. */
    public static final String UPDATED_AT_FUNCTION = "update_updated_at_column";
    private static final Pattern FULL_TEXT = Pattern.compile("(?i)\\bto_tsvector\\s*\\(");
    private static final Pattern JSON_VALID = Pattern.compile("(?i)\\s*json_valid\\s*\\(\\s*`?([^`)]+)`?\\s*\\)\\s*");

    private final Engine engine;
    private final Expressions expressions;
    private final List<String> lines = new ArrayList<>();

    private SnapshotComparison(Engine engine, Expressions expressions) {
        this.engine = engine;
        this.expressions = expressions;
    }

    /**
     * The differences, empty when the database is what the snapshot says.
     *
     * @param ignoredTables tables that are not the schema's (a migration tool's history), case-insensitive
     */
    public static List<String> differences(Snapshot snapshot, DatabaseCatalog catalog, Expressions expressions,
                                           Set<String> ignoredTables) {
        SnapshotComparison c = new SnapshotComparison(catalog.engine(), expressions);
        c.compare(snapshot, catalog.without(ignoredTables));
        return List.copyOf(c.lines);
    }

    private void compare(Snapshot snapshot, DatabaseCatalog catalog) {
        Set<String> snapshotTables = snapshot.tables().stream().map(Snapshot.Table::name).collect(Collectors.toSet());
        // SQLite has no sequences: Hibernate keeps one as a one-row table of its name
        Set<String> sequenceTables = engine != Engine.SQLITE ? Set.of() : snapshot.sequences().stream()
                .map(Snapshot.Sequence::name).filter(n -> !snapshotTables.contains(n)).collect(Collectors.toSet());
        Map<String, Snapshot.Table> expected = byName(snapshot.tables(), Snapshot.Table::name);
        Map<String, DatabaseCatalog.Table> actual = byName(catalog.tables().stream()
                .filter(t -> !sequenceTables.contains(t.name())).toList(), DatabaseCatalog.Table::name);
        for (String name : union(expected.keySet(), actual.keySet())) {
            Snapshot.Table s = expected.get(name);
            DatabaseCatalog.Table d = actual.get(name);
            if (d == null) {
                lines.add("table " + name + ": missing in database");
            } else if (s == null) {
                lines.add("table " + name + ": not in snapshot");
            } else {
                table(s, d);
            }
        }
        sequences(snapshot, catalog);
        boolean needsFunction = snapshot.tables().stream().anyMatch(t -> !t.triggers().isEmpty());
        if (engine == Engine.POSTGRESQL && needsFunction && !catalog.functions().contains(UPDATED_AT_FUNCTION + "()")) {
            lines.add("function " + UPDATED_AT_FUNCTION + "(): missing in database");
        }
    }

    // ---------------------------------------------------------------- tables and columns

    private void table(Snapshot.Table s, DatabaseCatalog.Table d) {
        String t = s.name();
        if (engine != Engine.SQLITE && !Objects.equals(s.comment(), d.comment())) {
            lines.add("comment on table " + t + ": " + quoted(s.comment()) + " (snapshot) vs " + quoted(d.comment())
                    + " (database)");
        }
        Set<String> jsonColumns = new TreeSet<>();
        List<DatabaseCatalog.CheckConstraint> checks = new ArrayList<>();
        for (DatabaseCatalog.CheckConstraint c : d.checks()) {
            var m = JSON_VALID.matcher(c.expression() == null ? "" : c.expression());
            if (engine == Engine.MARIADB && m.matches() && m.group(1).trim().equals(c.name()) && d.column(c.name()).isPresent()) {
                jsonColumns.add(c.name()); // MariaDB's JSON: LONGTEXT with this check, named as the column
            } else {
                checks.add(c);
            }
        }
        Map<String, Snapshot.Column> expected = byName(s.columns(), Snapshot.Column::name);
        Map<String, DatabaseCatalog.Column> actual = byName(d.columns(), DatabaseCatalog.Column::name);
        for (String name : union(expected.keySet(), actual.keySet())) {
            Snapshot.Column sc = expected.get(name);
            DatabaseCatalog.Column dc = actual.get(name);
            if (dc == null) {
                lines.add(t + "." + name + ": column missing in database");
            } else if (sc == null) {
                lines.add(t + "." + name + ": column not in snapshot");
            } else {
                column(s, sc, dc, jsonColumns.contains(name));
            }
        }
        primaryKey(s, d);
        foreignKeys(s, d);
        uniques(s, d);
        checks(s, checks);
        exclusions(s, d);
        indexes(s, d);
        triggers(s, d);
    }

    private void column(Snapshot.Table table, Snapshot.Column s, DatabaseCatalog.Column d, boolean json) {
        String where = table.name() + "." + s.name();
        boolean rowid = engine == Engine.SQLITE && d.identity() != null;
        String stored = rowid && s.identity() != null
                ? Types.neutral(engine, "integer", s.type()) // the rowid is declared INTEGER, whatever the key's type
                : Types.stored(engine, s.type());
        String live = Types.neutral(engine, json ? "json" : Types.canonical(engine, d.dataType()), s.type());
        if (rowid && s.identity() != null && live.equals("integer")) {
            live = stored;
        }
        if (!stored.equals(live)) {
            lines.add(where + ": type " + s.type() + " (snapshot) vs " + live + " (database)");
        }
        if (s.nullable() != d.nullable()) {
            lines.add(where + ": " + nullability(s.nullable()) + " (snapshot) vs " + nullability(d.nullable()) + " (database)");
        }
        String written = s.defaultValue() == null ? null : Defaults.written(engine, s.defaultValue(), s.type());
        boolean sameDefault = written == null || d.defaultValue() == null ? written == null && d.defaultValue() == null
                : expressions.same(written, d.defaultValue(), null, engine == Engine.POSTGRESQL ? d.dataType() : null);
        if (!sameDefault) {
            lines.add(where + ": default " + (s.defaultValue() == null ? "none" : s.defaultValue()) + " (snapshot) vs "
                    + (d.defaultValue() == null ? "none" : SqlText.canonical(d.defaultValue(), engine)) + " (database)");
        }
        boolean identityDiffers = engine == Engine.SQLITE
                ? s.identity() != null && d.identity() == null // any INTEGER PRIMARY KEY is the rowid
                : s.identity() == null ? d.identity() != null
                : d.identity() == null || engine == Engine.POSTGRESQL && !d.identity().equals("BY DEFAULT");
        if (identityDiffers) {
            lines.add(where + ": identity " + (s.identity() == null ? "none" : s.identity().replace('_', ' '))
                    + " (snapshot) vs " + (d.identity() == null ? "none" : d.identity()) + " (database)");
        }
        if (engine != Engine.SQLITE && !Objects.equals(s.comment(), d.comment())) {
            lines.add("comment on " + where + ": " + quoted(s.comment()) + " (snapshot) vs " + quoted(d.comment())
                    + " (database)");
        }
    }

    private static String nullability(boolean nullable) {
        return nullable ? "nullable" : "NOT NULL";
    }

    // ---------------------------------------------------------------- keys and checks

    private void primaryKey(Snapshot.Table s, DatabaseCatalog.Table d) {
        Snapshot.PrimaryKey sk = s.primaryKey();
        DatabaseCatalog.PrimaryKey dk = d.primaryKey();
        String t = s.name();
        if (sk == null && dk == null) {
            return;
        }
        if (dk == null) {
            lines.add("primary key " + sk.name() + " on " + t + ": missing in database");
        } else if (sk == null) {
            lines.add("primary key " + (dk.name() == null ? "" : dk.name() + " ") + "on " + t + ": not in snapshot");
        } else {
            if (!sk.columns().equals(dk.columns())) {
                lines.add("primary key " + sk.name() + " on " + t + ": " + list(sk.columns()) + " (snapshot) vs "
                        + list(dk.columns()) + " (database)");
            }
            // MariaDB names every primary key PRIMARY; SQLite keeps a name only in its CREATE TABLE text
            if (engine != Engine.MARIADB && dk.name() != null && !sk.name().equals(dk.name())) {
                lines.add("primary key on " + t + ": named " + sk.name() + " (snapshot) vs " + dk.name() + " (database)");
            }
        }
    }

    private void foreignKeys(Snapshot.Table s, DatabaseCatalog.Table d) {
        Map<String, Snapshot.ForeignKey> expected = byName(s.foreignKeys(), Snapshot.ForeignKey::name);
        Map<String, DatabaseCatalog.ForeignKey> actual = byName(d.foreignKeys(), DatabaseCatalog.ForeignKey::name);
        for (String name : union(expected.keySet(), actual.keySet())) {
            String what = "foreign key " + name + " on " + s.name() + ": ";
            Snapshot.ForeignKey sf = expected.get(name);
            DatabaseCatalog.ForeignKey df = actual.get(name);
            if (df == null) {
                lines.add(what + "missing in database");
                continue;
            }
            if (sf == null) {
                lines.add(what + "not in snapshot");
                continue;
            }
            String onDelete = sf.onDelete().toUpperCase(java.util.Locale.ROOT).replace('_', ' ');
            boolean same = sf.columns().equals(df.columns()) && sf.references().equals(df.referencedTable())
                    && sf.referencedColumns().equals(df.referencedColumns())
                    && action(onDelete).equals(action(df.onDelete())) && action("NO ACTION").equals(action(df.onUpdate()));
            if (!same) {
                lines.add(what + reference(sf.columns(), sf.references(), sf.referencedColumns(), onDelete, "NO ACTION")
                        + " (snapshot) vs " + reference(df.columns(), df.referencedTable(), df.referencedColumns(),
                        df.onDelete(), df.onUpdate()) + " (database)");
            }
            if (!df.validated()) {
                lines.add(what + "NOT VALID in database (never validated)");
            }
        }
    }

    /** MariaDB's InnoDB treats NO ACTION as RESTRICT and reports it so. */
    private String action(String action) {
        String a = action == null ? "NO ACTION" : action;
        return engine == Engine.MARIADB && a.equals("NO ACTION") ? "RESTRICT" : a;
    }

    private static String reference(List<String> columns, String table, List<String> referenced, String onDelete,
                                    String onUpdate) {
        return list(columns) + " REFERENCES " + table + " " + list(referenced)
                + (onDelete == null || onDelete.equals("NO ACTION") ? "" : " ON DELETE " + onDelete)
                + (onUpdate == null || onUpdate.equals("NO ACTION") ? "" : " ON UPDATE " + onUpdate);
    }

    private void uniques(Snapshot.Table s, DatabaseCatalog.Table d) {
        Set<String> uniqueIndexes = s.indexes().stream().filter(Snapshot.Index::unique).map(Snapshot.Index::name)
                .collect(Collectors.toSet());
        Map<String, Snapshot.UniqueConstraint> expected = byName(s.uniques(), Snapshot.UniqueConstraint::name);
        // MariaDB lists a unique index as a unique constraint: the snapshot's unique indexes are compared as indexes
        Map<String, DatabaseCatalog.UniqueConstraint> actual = byName(d.uniques().stream()
                .filter(u -> engine != Engine.MARIADB || !uniqueIndexes.contains(u.name())
                        || expected.containsKey(u.name())).toList(),
                DatabaseCatalog.UniqueConstraint::name);
        for (String name : union(expected.keySet(), actual.keySet())) {
            String what = "unique " + name + " on " + s.name() + ": ";
            Snapshot.UniqueConstraint su = expected.get(name);
            DatabaseCatalog.UniqueConstraint du = actual.get(name);
            if (du == null) {
                lines.add(what + "missing in database");
            } else if (su == null) {
                if (engine != Engine.MARIADB || d.indexes().stream().noneMatch(i -> i.name().equals(name))) {
                    lines.add(what + "not in snapshot");
                } // else: a unique index of MariaDB's, reported with the indexes
            } else if (!su.columns().equals(du.columns())) {
                lines.add(what + list(su.columns()) + " (snapshot) vs " + list(du.columns()) + " (database)");
            }
        }
    }

    private void checks(Snapshot.Table s, List<DatabaseCatalog.CheckConstraint> checks) {
        Map<String, Snapshot.CheckConstraint> expected = byName(s.checks(), Snapshot.CheckConstraint::name);
        Map<String, DatabaseCatalog.CheckConstraint> actual = byName(checks, DatabaseCatalog.CheckConstraint::name);
        for (String name : union(expected.keySet(), actual.keySet())) {
            String what = "check " + name + " on " + s.name() + ": ";
            Snapshot.CheckConstraint sc = expected.get(name);
            DatabaseCatalog.CheckConstraint dc = actual.get(name);
            if (dc == null) {
                lines.add(what + "missing in database");
                continue;
            }
            if (sc == null) {
                lines.add(what + "not in snapshot");
                continue;
            }
            if (!expressions.same(sc.expression(), dc.expression(), s.name(), null)) {
                lines.add(what + sc.expression() + " (snapshot) vs " + SqlText.canonical(dc.expression(), engine)
                        + " (database)");
            }
            if (!dc.validated()) {
                lines.add(what + "NOT VALID in database (never validated)");
            }
        }
    }

    private void exclusions(Snapshot.Table s, DatabaseCatalog.Table d) {
        if (engine != Engine.POSTGRESQL) {
            return; // only PostgreSQL has them; the processor refuses them for the others
        }
        Map<String, Snapshot.ExclusionConstraint> expected = byName(s.exclusions(), Snapshot.ExclusionConstraint::name);
        Map<String, DatabaseCatalog.ExclusionConstraint> actual = byName(d.exclusions(), DatabaseCatalog.ExclusionConstraint::name);
        for (String name : union(expected.keySet(), actual.keySet())) {
            String what = "exclusion " + name + " on " + s.name() + ": ";
            Snapshot.ExclusionConstraint se = expected.get(name);
            DatabaseCatalog.ExclusionConstraint de = actual.get(name);
            if (de == null) {
                lines.add(what + "missing in database");
            } else if (se == null) {
                lines.add(what + "not in snapshot");
            } else {
                boolean same = se.using().equalsIgnoreCase(de.method()) && se.elements().size() == de.elements().size()
                        && sameWhere(se.where(), de.where(), s.name());
                for (int i = 0; same && i < se.elements().size(); i++) {
                    same = se.elements().get(i).operator().equals(de.elements().get(i).operator())
                            && expressions.same(se.elements().get(i).expression(), de.elements().get(i).expression(),
                            s.name(), null);
                }
                if (!same) {
                    lines.add(what + "USING " + se.using() + " (" + se.elements().stream()
                            .map(e -> e.expression() + " WITH " + e.operator()).collect(Collectors.joining(", ")) + ")"
                            + (se.where() == null ? "" : " WHERE " + se.where()) + " (snapshot) vs USING " + de.method()
                            + " (" + de.elements().stream().map(e -> SqlText.canonical(e.expression(), engine) + " WITH "
                            + e.operator()).collect(Collectors.joining(", ")) + ")"
                            + (de.where() == null ? "" : " WHERE " + SqlText.canonical(de.where(), engine)) + " (database)");
                }
            }
        }
    }

    private boolean sameWhere(String written, String database, String table) {
        return written == null || database == null ? written == null && database == null
                : expressions.same(written, database, table, null);
    }

    // ---------------------------------------------------------------- indexes

    /** The snapshot's index as the engine's dialect writes it, or null where it writes none. */
    private Snapshot.Index asWritten(Snapshot.Index i) {
        boolean fullText = i.elements().stream().anyMatch(e -> e.expression() != null && FULL_TEXT.matcher(e.expression()).find());
        return switch (engine) {
            case POSTGRESQL -> i;
            // InnoDB: B-trees of columns; no expression keys, predicates, INCLUDE, operator classes or NULLS order
            case MARIADB -> i.elements().stream().anyMatch(e -> e.column() == null) ? null
                    : new Snapshot.Index(i.name(), i.elements().stream().map(e -> new Snapshot.IndexElement(e.column(),
                    null, null, e.descending(), null)).toList(), i.unique(), "btree", List.of(), null, i.comment());
            // SQLite: one kind of index; no INCLUDE, operator classes or NULLS order, no full-text
            case SQLITE -> fullText ? null : new Snapshot.Index(i.name(), i.elements().stream()
                    .map(e -> new Snapshot.IndexElement(e.column(), e.expression(), null, e.descending(), null)).toList(),
                    i.unique(), "btree", List.of(), i.where(), null);
        };
    }

    private void indexes(Snapshot.Table s, DatabaseCatalog.Table d) {
        Map<String, Snapshot.Index> expected = new LinkedHashMap<>();
        for (Snapshot.Index i : s.indexes()) {
            Snapshot.Index written = asWritten(i);
            if (written != null) {
                expected.put(i.name(), written);
            }
        }
        Set<String> uniqueConstraints = s.uniques().stream().map(Snapshot.UniqueConstraint::name).collect(Collectors.toSet());
        List<DatabaseCatalog.Index> plain = new ArrayList<>();
        for (DatabaseCatalog.Index i : d.indexes()) {
            if (engine == Engine.MARIADB ? i.primary() || uniqueConstraints.contains(i.name()) || isStandIn(i, d, expected)
                    : i.constraint() != null) {
                continue; // the index of a key or constraint, compared as that
            }
            plain.add(i);
        }
        Map<String, DatabaseCatalog.Index> actual = byName(plain, DatabaseCatalog.Index::name);
        for (String name : union(expected.keySet(), actual.keySet())) {
            String what = "index " + name + " on " + s.name() + ": ";
            Snapshot.Index si = expected.get(name);
            DatabaseCatalog.Index di = actual.get(name);
            if (di == null) {
                lines.add(what + "missing in database");
                continue;
            }
            if (si == null) {
                lines.add(what + "not in snapshot");
                continue;
            }
            if (si.unique() != di.unique()) {
                lines.add(what + (si.unique() ? "UNIQUE" : "not unique") + " (snapshot) vs "
                        + (di.unique() ? "UNIQUE" : "not unique") + " (database)");
            }
            if (engine == Engine.POSTGRESQL && !si.using().equalsIgnoreCase(di.method())) {
                lines.add(what + "USING " + si.using() + " (snapshot) vs USING " + di.method() + " (database)");
            }
            if (!sameKey(si, di, s.name())) {
                lines.add(what + "key " + si.elements().stream().map(SnapshotComparison::element)
                        .collect(Collectors.joining(", ", "(", ")")) + " (snapshot) vs "
                        + di.elements().stream().map(this::element).collect(Collectors.joining(", ", "(", ")")) + " (database)");
            }
            if (!si.include().equals(di.include()) && engine == Engine.POSTGRESQL) {
                lines.add(what + "INCLUDE " + (si.include().isEmpty() ? "none" : list(si.include())) + " (snapshot) vs "
                        + (di.include().isEmpty() ? "none" : list(di.include())) + " (database)");
            }
            if (engine != Engine.MARIADB && !sameWhere(si.where(), di.predicate(), s.name())) {
                lines.add(what + "WHERE " + (si.where() == null ? "none" : si.where()) + " (snapshot) vs "
                        + (di.predicate() == null ? "none" : SqlText.canonical(di.predicate(), engine)) + " (database)");
            }
            if (!di.valid()) {
                lines.add(what + "INVALID in database (left by a failed CREATE INDEX CONCURRENTLY: drop it and build it again)");
            }
            if (engine != Engine.SQLITE && !Objects.equals(si.comment(), di.comment())) {
                lines.add("comment on index " + name + " on " + s.name() + ": " + quoted(si.comment()) + " (snapshot) vs "
                        + quoted(di.comment()) + " (database)");
            }
        }
    }

    /**
     * InnoDB needs an index leading with a foreign key's columns; Tablesmith's MySQL dialect (or
     * InnoDB itself) keeps one named after the key where no declared index serves it.
     */
    private static boolean isStandIn(DatabaseCatalog.Index i, DatabaseCatalog.Table d, Map<String, Snapshot.Index> expected) {
        return !i.unique() && !expected.containsKey(i.name()) && d.foreignKeys().stream()
                .anyMatch(fk -> fk.name().equals(i.name()) && fk.columns().equals(i.columns()));
    }

    private boolean sameKey(Snapshot.Index s, DatabaseCatalog.Index d, String table) {
        if (s.elements().size() != d.elements().size()) {
            return false;
        }
        for (int k = 0; k < s.elements().size(); k++) {
            Snapshot.IndexElement se = s.elements().get(k);
            DatabaseCatalog.IndexElement de = d.elements().get(k);
            boolean same = se.column() != null ? se.column().equals(de.column())
                    : de.column() == null && expressions.same(se.expression(), de.expression(), table, null);
            same = same && se.descending() == de.descending() && de.prefixLength() == null;
            if (engine == Engine.POSTGRESQL) {
                same = same && Objects.equals(se.nulls(), nulls(de))
                        && (se.opclass() == null ? de.defaultOpclass() : se.opclass().equalsIgnoreCase(de.opclass()));
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** NULLS FIRST is the default of a DESC key, NULLS LAST of an ascending one: only the other is shown. */
    private static String nulls(DatabaseCatalog.IndexElement e) {
        return e.descending() ? (e.nullsFirst() ? null : "LAST") : (e.nullsFirst() ? "FIRST" : null);
    }

    private static String element(Snapshot.IndexElement e) {
        return (e.column() != null ? e.column() : e.expression()) + (e.opclass() == null ? "" : " " + e.opclass())
                + (e.descending() ? " DESC" : "") + (e.nulls() == null ? "" : " NULLS " + e.nulls());
    }

    private String element(DatabaseCatalog.IndexElement e) {
        String key = e.column() != null ? e.column() + (e.prefixLength() == null ? "" : "(" + e.prefixLength() + ")")
                : e.expression() == null ? "?" : SqlText.canonical(e.expression(), engine);
        String nulls = nulls(e);
        return key + (e.defaultOpclass() || e.opclass() == null ? "" : " " + e.opclass()) + (e.descending() ? " DESC" : "")
                + (nulls == null ? "" : " NULLS " + nulls);
    }

    // ---------------------------------------------------------------- triggers and sequences

    private void triggers(Snapshot.Table s, DatabaseCatalog.Table d) {
        Map<String, Snapshot.Trigger> expected = byName(s.triggers(), Snapshot.Trigger::name);
        Map<String, DatabaseCatalog.Trigger> actual = byName(d.triggers(), DatabaseCatalog.Trigger::name);
        if (engine == Engine.MARIADB) {
            // updated_at is kept by the column's ON UPDATE CURRENT_TIMESTAMP, not by a trigger
            Set<String> kept = expected.values().stream().map(Snapshot.Trigger::column).collect(Collectors.toSet());
            for (Snapshot.Trigger t : expected.values()) {
                DatabaseCatalog.Column c = d.column(t.column()).orElse(null);
                if (c != null && c.onUpdate() == null) {
                    lines.add(s.name() + "." + t.column() + ": ON UPDATE CURRENT_TIMESTAMP missing in database (what keeps "
                            + t.column() + " current, the snapshot's trigger " + t.name() + ")");
                }
            }
            for (DatabaseCatalog.Column c : d.columns()) {
                if (c.onUpdate() != null && !kept.contains(c.name())) {
                    lines.add(s.name() + "." + c.name() + ": ON UPDATE " + c.onUpdate() + " not in snapshot");
                }
            }
            for (String name : actual.keySet()) {
                lines.add("trigger " + name + " on " + s.name() + ": not in snapshot");
            }
            return;
        }
        for (String name : union(expected.keySet(), actual.keySet())) {
            String what = "trigger " + name + " on " + s.name() + ": ";
            Snapshot.Trigger st = expected.get(name);
            DatabaseCatalog.Trigger dt = actual.get(name);
            if (dt == null) {
                lines.add(what + "missing in database");
                continue;
            }
            if (st == null) {
                lines.add(what + "not in snapshot");
                continue;
            }
            if (engine == Engine.POSTGRESQL) {
                String want = "BEFORE UPDATE FOR EACH ROW EXECUTE FUNCTION " + UPDATED_AT_FUNCTION + "()";
                String have = dt.timing() + " " + dt.events() + " FOR EACH " + (dt.forEachRow() ? "ROW" : "STATEMENT")
                        + " EXECUTE FUNCTION " + dt.function() + "()";
                if (!want.equals(have)) {
                    lines.add(what + want + " (snapshot) vs " + have + " (database)");
                }
                if (!dt.enabled()) {
                    lines.add(what + "disabled in database");
                }
            } else {
                String want = sqliteTrigger(s.name(), st);
                if (!SqlText.canonical(want, engine).equals(SqlText.canonical(dt.definition(), engine))) {
                    lines.add(what + oneLine(want) + " (snapshot) vs " + oneLine(dt.definition()) + " (database)");
                }
            }
        }
    }

    /** The trigger Tablesmith's SQLite dialect writes for {@code updated_at}. */
    private static String sqliteTrigger(String table, Snapshot.Trigger t) {
        return "CREATE TRIGGER " + t.name() + " AFTER UPDATE ON " + table + " FOR EACH ROW WHEN NEW." + t.column()
                + " IS OLD." + t.column() + " BEGIN UPDATE " + table + " SET " + t.column() + " = " + Defaults.SQLITE_NOW
                + " WHERE rowid = NEW.rowid; END";
    }

    private void sequences(Snapshot snapshot, DatabaseCatalog catalog) {
        Map<String, Snapshot.Sequence> expected = byName(snapshot.sequences(), Snapshot.Sequence::name);
        if (engine == Engine.SQLITE) {
            for (String name : expected.keySet()) {
                if (catalog.table(name).isEmpty() && snapshot.table(name).isEmpty()) {
                    lines.add("sequence " + name + ": missing in database (Hibernate's one-row table " + name + ")");
                }
            }
            return; // its next value lives in the row, its increment in the entity: nothing else to compare
        }
        Map<String, DatabaseCatalog.Sequence> actual = byName(catalog.sequences().stream()
                .filter(q -> !q.identity()).toList(), DatabaseCatalog.Sequence::name);
        for (String name : union(expected.keySet(), actual.keySet())) {
            Snapshot.Sequence sq = expected.get(name);
            DatabaseCatalog.Sequence dq = actual.get(name);
            if (dq == null) {
                lines.add("sequence " + name + ": missing in database");
            } else if (sq == null) {
                lines.add("sequence " + name + ": not in snapshot");
            } else {
                if (sq.start() != dq.start()) {
                    lines.add("sequence " + name + ": start " + sq.start() + " (snapshot) vs " + dq.start() + " (database)");
                }
                if (sq.increment() != dq.increment()) {
                    lines.add("sequence " + name + ": increment " + sq.increment() + " (snapshot) vs " + dq.increment()
                            + " (database)");
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(name.apply(i), i));
        return map;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String list(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    /** A comment as a SQL literal, or {@code none}. */
    static String quoted(String text) {
        return text == null ? "none" : "'" + text.replace("'", "''") + "'";
    }

    private static String oneLine(String sql) {
        return sql.replaceAll("\\s+", " ").trim();
    }
}
