package dev.tablesmith.dialect.postgresql;

import dev.tablesmith.dialect.Sql;
import dev.tablesmith.dialect.SqlDialect;
import dev.tablesmith.diff.Change;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType.Kind;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.safety.SqlEngine;
import dev.tablesmith.safety.SqlFragments;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL, written like the handbook's schema template: a commented block per table with
 * columns grouped (key, foreign keys, data, timestamps) and named constraints, then its indexes,
 * {@code updated_at} trigger and comments.
 */
public final class PostgresDialect extends SqlDialect {
    public static final String UPDATED_AT_FUNCTION = "update_updated_at_column";
    private static final Set<String> TIMESTAMP_COLUMNS = Set.of("created_at", "updated_at", "deleted_at");
    private static final Set<Kind> TEMPORAL = Set.of(Kind.TIME, Kind.TIME_TZ, Kind.TIMESTAMP, Kind.TIMESTAMP_TZ);

    @Override
    public String id() {
        return "postgresql";
    }

    @Override
    public SqlEngine engine() {
        return SqlEngine.POSTGRESQL;
    }

    /**
     * {@code CONCURRENTLY} cannot run in a transaction. The second steps of the safe forms (VALIDATE
     * CONSTRAINT, the safe SET NOT NULL, a unique constraint attached to a concurrently built index)
     * could, but must not share one with the ALTER that took the table's lock: in autocommit each
     * statement holds its lock only for itself, which is their whole point.
     */
    @Override
    public boolean isTransactional(Change change) {
        return !(change instanceof Change.AddIndex a && a.concurrently())
                && !(change instanceof Change.DropIndex d && d.concurrently())
                && !(change instanceof Change.ValidateConstraint)
                && !(change instanceof Change.SetNotNull n && n.notNull() && n.safe())
                && !(change instanceof Change.AddUniqueUsingIndex);
    }

    @Override
    public boolean buildsIndexesConcurrently() {
        return true;
    }

    @Override
    public String lockTimeout(String timeout) {
        return "SET lock_timeout = " + literal(timeout) + ";";
    }

    /**
     * Every script with a statement sets both timeouts (a new table may still lock the table its
     * foreign key references). A transactional script gets the statement timeout; a script outside
     * a transaction runs without one: its concurrent builds and validations take as long as the
     * table needs, and block no writes meanwhile.
     */
    @Override
    public String sessionSettings(boolean transactional, boolean locksTablesInUse, boolean statements,
            String lockTimeout, String statementTimeout) {
        if (lockTimeout == null || !statements) {
            return "";
        }
        String sql = lockTimeout(lockTimeout);
        if (!transactional) {
            return sql + "\n-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table "
                    + "needs\n-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).\n"
                    + "SET statement_timeout = 0;";
        }
        return statementTimeout == null ? sql : sql + "\nSET statement_timeout = " + literal(statementTimeout) + ";";
    }

    @Override
    public String lintDirectives(List<Change> changes, boolean transactional, String undoes, boolean timeouts) {
        return SquawkDirectives.of(changes, transactional, undoes, timeouts);
    }

    /** Every {@code updated_at} trigger calls one shared function, created with the first of them. */
    @Override
    public String createSupport(Schema before, Schema after) {
        return !before.needsUpdatedAtFunction() && after.needsUpdatedAtFunction() ? updatedAtFunction() : "";
    }

    @Override
    public String dropSupport(Schema before, Schema after) {
        return before.needsUpdatedAtFunction() && !after.needsUpdatedAtFunction()
                ? "DROP FUNCTION IF EXISTS " + UPDATED_AT_FUNCTION + "();" : "";
    }

    @Override
    public String type(ColumnType t) {
        return switch (t.kind()) {
            case BOOLEAN -> "BOOLEAN";
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DECIMAL -> "NUMERIC(" + t.precision() + ", " + t.scale() + ")";
            case CHAR -> "CHAR(" + t.length() + ")";
            case VARCHAR -> "VARCHAR(" + t.length() + ")";
            case TEXT -> "TEXT";
            // Hibernate maps @Lob to large objects on PostgreSQL; its validator expects oid.
            case CLOB, BLOB -> "OID";
            case BINARY -> "BYTEA";
            case DATE -> "DATE";
            case TIME -> "TIME" + fraction(t);
            case TIME_TZ -> "TIME" + fraction(t) + " WITH TIME ZONE";
            case TIMESTAMP -> "TIMESTAMP" + fraction(t);
            case TIMESTAMP_TZ -> "TIMESTAMP" + fraction(t) + " WITH TIME ZONE";
            case INTERVAL -> "INTERVAL SECOND(6)";
            case UUID -> "UUID";
            case JSON -> "JSONB";
            case ARRAY -> type(t.element()) + "[]";
            case CUSTOM -> t.custom();
        };
    }

    /** PostgreSQL's default (and maximum) is 6 fractional digits; only other values are written. */
    private static String fraction(ColumnType t) {
        return t.precision() == null || t.precision() == 6 ? "" : "(" + t.precision() + ")";
    }

    /**
     * {@code ALTER COLUMN ... TYPE} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock,
     * except for the binary-coercible changes: a longer VARCHAR, VARCHAR to TEXT, more NUMERIC
     * precision at the same scale, more fractional seconds.
     */
    @Override
    public Optional<String> tableRewrite(ColumnType from, ColumnType to) {
        return rewrites(from, to) ? Optional.of("rewrites the whole table and its indexes under an ACCESS EXCLUSIVE "
                + "lock (no reads or writes meanwhile)") : Optional.empty();
    }

    static boolean rewrites(ColumnType from, ColumnType to) {
        if (from.kind() == Kind.VARCHAR && to.kind() == Kind.VARCHAR) {
            return to.length() != null && (from.length() == null || to.length() < from.length());
        }
        if (from.kind() == Kind.VARCHAR && to.kind() == Kind.TEXT) {
            return false;
        }
        if (from.kind() == Kind.DECIMAL && to.kind() == Kind.DECIMAL) {
            return !Objects.equals(from.scale(), to.scale()) || digits(to.precision()) < digits(from.precision());
        }
        if (from.kind() == to.kind() && TEMPORAL.contains(from.kind())) {
            return fractionDigits(to) < fractionDigits(from);
        }
        return !from.equals(to);
    }

    private static int digits(Integer precision) {
        return precision == null ? Integer.MAX_VALUE : precision;
    }

    private static int fractionDigits(ColumnType t) {
        return t.precision() == null ? 6 : t.precision();
    }

    // ---------------------------------------------------------------- tables

    @Override
    public String createTable(Change.CreateTable c, Schema before) {
        Table table = c.definition();
        StringBuilder sql = new StringBuilder(banner(table));
        sql.append(extensionsFor(table.exclusions()));
        sql.append("CREATE TABLE ").append(name(table.name())).append(" (\n");
        List<String> sections = new ArrayList<>();
        List<Column> ordered = new ArrayList<>();
        for (ColumnGroup group : ColumnGroup.values()) {
            List<Column> columns = table.columns().stream().filter(col -> group.holds(table, col)).toList();
            if (!columns.isEmpty()) {
                sections.add(INDENT + "-- " + group.title + "\n" + INDENT + columns.stream()
                        .map(col -> columnDefinition(col, table)).collect(Collectors.joining(",\n" + INDENT)));
                ordered.addAll(columns);
            }
        }
        List<String> constraints = new ArrayList<>();
        if (table.primaryKey() != null) {
            constraints.add(primaryKey(table.primaryKey()));
        }
        table.foreignKeys().forEach(f -> constraints.add(foreignKey(f)));
        table.uniqueConstraints().forEach(u -> constraints.add(unique(u)));
        table.checks().forEach(ch -> constraints.add(check(ch)));
        table.exclusions().forEach(e -> constraints.add(exclusion(e)));
        if (!constraints.isEmpty()) {
            sections.add(INDENT + "-- Constraints\n" + INDENT + String.join(",\n" + INDENT, constraints));
        }
        sql.append(String.join(",\n\n", sections)).append("\n);\n");

        if (!table.indexes().isEmpty()) {
            sql.append("\n-- Indexes\n");
            table.indexes().forEach(i -> sql.append(createIndex(table.name(), i, false)).append('\n'));
        }
        for (Trigger trigger : table.triggers()) {
            sql.append("\n-- Triggers\n").append(createTrigger(table.name(), trigger)).append('\n');
        }
        List<String> comments = new ArrayList<>();
        if (table.comment() != null) {
            comments.add(tableComment(table.name(), table.comment()));
        }
        for (Column col : ordered) {
            if (col.comment() != null) {
                comments.add(columnComment(table.name(), col.name(), col.comment()));
            }
        }
        for (Index i : table.indexes()) {
            if (i.comment() != null) {
                comments.add(indexComment(i.name(), i.comment()));
            }
        }
        if (!comments.isEmpty()) {
            sql.append("\n-- Comments\n").append(String.join("\n", comments)).append('\n');
        }
        return sql.toString().stripTrailing();
    }

    /** The handbook template's column sections, in order; each column falls in the first that holds it. */
    private enum ColumnGroup {
        KEY("Primary key"),
        FOREIGN_KEYS("Foreign keys"),
        COLUMNS("Columns"),
        TIMESTAMPS("Timestamps");

        final String title;

        ColumnGroup(String title) {
            this.title = title;
        }

        boolean holds(Table table, Column c) {
            boolean key = table.primaryKey() != null && table.primaryKey().columns().contains(c.name());
            boolean foreign = table.foreignKeys().stream().anyMatch(f -> f.columns().contains(c.name()));
            boolean timestamp = TIMESTAMP_COLUMNS.contains(c.name());
            return switch (this) {
                case KEY -> key;
                case FOREIGN_KEYS -> !key && foreign;
                case COLUMNS -> !key && !foreign && !timestamp;
                case TIMESTAMPS -> !key && !foreign && timestamp;
            };
        }
    }

    @Override
    protected String columnDefinition(Column c, Table table) {
        StringBuilder sql = new StringBuilder(name(c.name())).append(' ').append(type(c.type()));
        if (c.identity() == Column.Identity.BY_DEFAULT) {
            sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        } else if (!c.nullable()) {
            sql.append(" NOT NULL");
        }
        if (c.defaultValue() != null) {
            sql.append(" DEFAULT ").append(defaultValue(c.defaultValue()));
        }
        return sql.toString();
    }

    @Override
    public String renameConstraint(Change.RenameConstraint r, Schema before) {
        return alter(r.table(), "RENAME CONSTRAINT " + name(r.from()) + " TO " + name(r.to()));
    }

    @Override
    public String renameIndex(Change.RenameIndex r, Schema before) {
        return "ALTER INDEX " + name(r.from()) + " RENAME TO " + name(r.to()) + ";";
    }

    @Override
    public String renameTrigger(Change.RenameTrigger r, Schema before) {
        return "ALTER TRIGGER " + name(r.from()) + " ON " + name(r.table()) + " RENAME TO " + name(r.to()) + ";";
    }

    @Override
    public String renameSequence(Change.RenameSequence r, Schema before) {
        return "ALTER SEQUENCE " + name(r.from()) + " RENAME TO " + name(r.to()) + ";";
    }

    // ---------------------------------------------------------------- columns

    @Override
    public String addColumn(Change.AddColumn a, Schema before) {
        String sql = super.addColumn(a, before);
        return a.column().comment() == null ? sql
                : sql + "\n" + columnComment(a.table(), a.column().name(), a.column().comment());
    }

    /**
     * A default survives a type change typed as the old column ({@code 'x'::character varying} on
     * a text column) or stops it when it does not cast: it is dropped before and set again after.
     */
    @Override
    public String alterColumnType(Change.AlterColumnType t, Schema before) {
        List<String> statements = new ArrayList<>();
        String column = name(t.column());
        if (t.defaultFrom() != null) {
            statements.add(alter(t.table(), "ALTER COLUMN " + column + " DROP DEFAULT"));
        }
        statements.add(alter(t.table(), "ALTER COLUMN " + column + " TYPE " + type(t.to())
                + " USING " + column + "::" + type(t.to())));
        if (t.defaultTo() != null) {
            statements.add(alter(t.table(), "ALTER COLUMN " + column + " SET DEFAULT " + defaultValue(t.defaultTo())));
        }
        return String.join("\n", statements);
    }

    /**
     * The safe form takes only a brief lock: a NOT VALID check is added instantly, validated under
     * a lock that lets reads and writes go on, and then SET NOT NULL uses it instead of scanning.
     */
    @Override
    public String setNotNull(Change.SetNotNull n, Schema before) {
        String column = name(n.column());
        if (!n.notNull()) {
            // the down of a safe SET NOT NULL runs outside a transaction
            return RERUNNABLE + "DROP NOT NULL does nothing to a nullable column\n"
                    + alter(n.table(), "ALTER COLUMN " + column + " DROP NOT NULL");
        }
        if (!n.safe()) {
            return alter(n.table(), "ALTER COLUMN " + column + " SET NOT NULL");
        }
        // outside a transaction, so every statement can run again after a failure at any point
        String check = name(n.table() + "_" + n.column() + "_not_null");
        return String.join("\n",
                alter(n.table(), "DROP CONSTRAINT IF EXISTS " + check),
                alter(n.table(), "ADD CONSTRAINT " + check + " CHECK (" + column + " IS NOT NULL) NOT VALID"),
                alter(n.table(), "VALIDATE CONSTRAINT " + check),
                RERUNNABLE + "SET NOT NULL does nothing to a NOT NULL column",
                alter(n.table(), "ALTER COLUMN " + column + " SET NOT NULL"),
                alter(n.table(), "DROP CONSTRAINT IF EXISTS " + check));
    }

    @Override
    public String setDefault(Change.SetDefault d, Schema before) {
        return alter(d.table(), "ALTER COLUMN " + name(d.column())
                + (d.to() == null ? " DROP DEFAULT" : " SET DEFAULT " + defaultValue(d.to())));
    }

    /**
     * A default as written when it is a literal, a word or a call ({@code now()}); any other
     * expression in parentheses, so nothing in it can be read as another clause of the column.
     */
    static String defaultValue(String sql) {
        String d = sql.trim();
        return SqlFragments.isSimpleDefault(d, SqlEngine.POSTGRESQL) ? d : "(" + d + ")";
    }

    // ---------------------------------------------------------------- comments

    @Override
    public String setTableComment(Change.SetTableComment c, Schema before) {
        return tableComment(c.table(), c.to());
    }

    @Override
    public String setColumnComment(Change.SetColumnComment c, Schema before) {
        return columnComment(c.table(), c.column(), c.to());
    }

    @Override
    public String setIndexComment(Change.SetIndexComment c, Schema before) {
        return indexComment(c.index(), c.to());
    }

    private String tableComment(String table, String comment) {
        return "COMMENT ON TABLE " + name(table) + " IS " + commentText(comment) + ";";
    }

    private String columnComment(String table, String column, String comment) {
        return "COMMENT ON COLUMN " + name(table) + "." + name(column) + " IS " + commentText(comment) + ";";
    }

    private String indexComment(String index, String comment) {
        return "COMMENT ON INDEX " + name(index) + " IS " + commentText(comment) + ";";
    }

    private String commentText(String comment) {
        return comment == null ? "NULL" : literal(comment);
    }

    // ---------------------------------------------------------------- indexes and constraints

    /**
     * A concurrent build can be run again after it failed at any point: one interrupted halfway
     * leaves an INVALID index behind, which is dropped first (only then: a valid index of the name
     * stays and {@code IF NOT EXISTS} skips the build). PostgreSQL has no {@code DROP INDEX
     * CONCURRENTLY} inside a block, so that drop takes the table's lock briefly, bounded by
     * {@code lock_timeout}; it happens only after a failure.
     */
    @Override
    public String addIndex(Change.AddIndex a, Schema before) {
        String build = createIndex(a.table(), a.index(), a.concurrently());
        if (a.concurrently()) {
            String index = name(a.index().name());
            build = "-- Re-runnable: drops the INVALID index a failed build of " + a.index().name() + " left behind.\n"
                    + doBlock("IF EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass(" + literal(index)
                            + ") AND NOT indisvalid) THEN\n" + INDENT + INDENT + "DROP INDEX " + index + ";\n"
                            + INDENT + "END IF;")
                    + "\n" + build;
        }
        // the comment (the index's reason) goes with the index, also when a down re-creates it
        return build + (a.index().comment() == null ? "" : "\n" + indexComment(a.index().name(), a.index().comment()));
    }

    /** {@code DO} with {@code body} between {@code BEGIN} and {@code END}, dollar-quoted with a tag the body lacks. */
    private static String doBlock(String body) {
        String tag = "$do$";
        while (body.contains(tag)) {
            tag = tag.substring(0, tag.length() - 1) + "_$";
        }
        return "DO " + tag + "\nBEGIN\n" + INDENT + body + "\nEND\n" + tag + ";";
    }

    @Override
    public String dropIndex(Change.DropIndex d, Schema before) {
        return "DROP INDEX " + (d.concurrently() ? "CONCURRENTLY " : "") + "IF EXISTS " + name(d.index().name()) + ";";
    }

    @Override
    public String dropPrimaryKey(Change.DropPrimaryKey p, Schema before) {
        return dropConstraint(p.table(), p.key().name());
    }

    /** Outside a transaction, so it can run again: it attaches the index only when the key is not there yet. */
    @Override
    public String addUniqueUsingIndex(Change.AddUniqueUsingIndex u, Schema before) {
        return "-- Re-runnable: attaches the index only if " + u.unique().name() + " is not there yet.\n"
                + doBlock("IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass("
                        + literal(name(u.table())) + ") AND conname = " + literal(u.unique().name()) + ") THEN\n"
                        + INDENT + INDENT + alter(u.table(), "ADD CONSTRAINT " + name(u.unique().name())
                                + " UNIQUE USING INDEX " + name(u.unique().name())) + "\n" + INDENT + "END IF;");
    }

    @Override
    public String dropUnique(Change.DropUnique u, Schema before) {
        return dropConstraint(u.table(), u.unique().name());
    }

    @Override
    public String addCheck(Change.AddCheck c, Schema before) {
        return alter(c.table(), "ADD " + check(c.check()) + (c.notValid() ? " NOT VALID" : ""));
    }

    @Override
    public String dropCheck(Change.DropCheck c, Schema before) {
        return dropConstraint(c.table(), c.check().name());
    }

    @Override
    public String addForeignKey(Change.AddForeignKey f, Schema before) {
        return alter(f.table(), "ADD " + foreignKey(f.foreignKey()) + (f.notValid() ? " NOT VALID" : ""));
    }

    @Override
    public String dropForeignKey(Change.DropForeignKey f, Schema before) {
        return dropConstraint(f.table(), f.foreignKey().name());
    }

    /** Runs outside a transaction (see {@link #isTransactional}); validating a valid constraint again does nothing. */
    @Override
    public String validateConstraint(Change.ValidateConstraint v, Schema before) {
        return RERUNNABLE + "VALIDATE CONSTRAINT does nothing to a valid constraint\n"
                + alter(v.table(), "VALIDATE CONSTRAINT " + name(v.constraint()));
    }

    /** squawk's mark for a statement outside a transaction that can run again as it is; the reason follows. */
    private static final String RERUNNABLE = "-- squawk-ignore prefer-robust-stmts -- re-runnable: ";

    @Override
    public String addExclusion(Change.AddExclusion e, Schema before) {
        return extensionsFor(List.of(e.exclusion())) + alter(e.table(), "ADD " + exclusion(e.exclusion()));
    }

    @Override
    public String dropExclusion(Change.DropExclusion e, Schema before) {
        return dropConstraint(e.table(), e.exclusion().name());
    }

    private String dropConstraint(String table, String constraint) {
        return alter(table, "DROP CONSTRAINT IF EXISTS " + name(constraint));
    }

    private String exclusion(ExclusionConstraint e) {
        String elements = e.elements().stream().map(el -> Sql.element(el.expression(), engine()) + " WITH " + el.operator())
                .collect(Collectors.joining(", "));
        return "CONSTRAINT " + name(e.name()) + " EXCLUDE USING " + e.method().sql() + " (" + elements + ")"
                + (e.where() == null ? "" : " WHERE (" + e.where() + ")");
    }

    /**
     * GiST has no operator classes for plain scalars; equality on one (room_id WITH =) next to a
     * range needs the btree_gist extension. It is created if missing and never dropped: other
     * objects may use it.
     */
    private static String extensionsFor(List<ExclusionConstraint> exclusions) {
        boolean needsBtreeGist = exclusions.stream().anyMatch(e -> e.method() == IndexMethod.GIST
                && e.elements().stream().anyMatch(el -> el.operator().equals("=") || el.operator().equals("<>")));
        return needsBtreeGist ? "CREATE EXTENSION IF NOT EXISTS btree_gist;\n" : "";
    }

    private String createIndex(String table, Index index, boolean concurrently) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (index.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ");
        if (concurrently) {
            sql.append("CONCURRENTLY IF NOT EXISTS ");
        }
        sql.append(name(index.name())).append(" ON ").append(name(table));
        if (index.method() != IndexMethod.BTREE) {
            sql.append(" USING ").append(index.method().sql());
        }
        sql.append(" (").append(index.elements().stream().map(this::indexElement)
                .collect(Collectors.joining(", "))).append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(names(index.include())).append(')');
        }
        if (index.where() != null) {
            sql.append(" WHERE ").append(index.where());
        }
        return sql.append(';').toString();
    }

    private String indexElement(IndexElement e) {
        StringBuilder sql = new StringBuilder(e.column() != null ? name(e.column()) : Sql.element(e.expression(), engine()));
        if (e.opclass() != null) {
            sql.append(' ').append(e.opclass());
        }
        if (e.descending()) {
            sql.append(" DESC");
        }
        if (e.nulls() != null) {
            sql.append(" NULLS ").append(e.nulls());
        }
        return sql.toString();
    }

    // ---------------------------------------------------------------- triggers

    @Override
    public String createTrigger(Change.CreateTrigger t, Schema before) {
        return createTrigger(t.table(), t.trigger());
    }

    @Override
    public String dropTrigger(Change.DropTrigger t, Schema before) {
        return "DROP TRIGGER IF EXISTS " + name(t.trigger().name()) + " ON " + name(t.table()) + ";";
    }

    private String createTrigger(String table, Trigger trigger) {
        return "CREATE TRIGGER " + name(trigger.name()) + "\n"
                + INDENT + "BEFORE UPDATE ON " + name(table) + "\n"
                + INDENT + "FOR EACH ROW\n"
                + INDENT + "EXECUTE FUNCTION " + UPDATED_AT_FUNCTION + "();";
    }

    /** The shared {@code updated_at} trigger function as a migration creates it (tests compare history with it). */
    public static String updatedAtFunction() {
        return """
                -- Sets updated_at to now() on every UPDATE that leaves it alone, whoever writes the row;
                -- a value the UPDATE sets itself is kept (as MySQL's ON UPDATE and @UpdateTimestamp do).
                CREATE OR REPLACE FUNCTION %s()
                RETURNS TRIGGER AS $$
                BEGIN
                    IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
                        NEW.updated_at = now();
                    END IF;
                    RETURN NEW;
                END;
                $$ LANGUAGE plpgsql;""".formatted(UPDATED_AT_FUNCTION);
    }
}
