package dev.tablesmith.dialect.postgresql;

import static dev.tablesmith.dialect.Sql.list;
import static dev.tablesmith.dialect.Sql.literal;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.dialect.Sql;
import dev.tablesmith.diff.Change;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PostgreSQL, written like the handbook's schema template: a commented block per table with
 * columns grouped (key, foreign keys, data, timestamps) and named constraints, then its indexes,
 * {@code updated_at} trigger and comments.
 */
public final class PostgresDialect implements Dialect {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    public static final String UPDATED_AT_FUNCTION = "update_updated_at_column";
    private static final Set<String> TIMESTAMP_COLUMNS = Set.of("created_at", "updated_at", "deleted_at");
    private static final String INDENT = "    ";

    @Override
    public String id() {
        return "postgresql";
    }

    @Override
    public int maxIdentifierLength() {
        return 63;
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
    public String lockTimeout(String timeout) {
        return "SET lock_timeout = " + literal(timeout) + ";";
    }

    @Override
    public String render(Change change) {
        if (change instanceof Change.CreateTable c) {
            return createTable(c.definition());
        }
        if (change instanceof Change.DropTable d) {
            return "DROP TABLE IF EXISTS " + d.definition().name() + ";";
        }
        if (change instanceof Change.RenameTable r) {
            return "ALTER TABLE " + r.from() + " RENAME TO " + r.to() + ";";
        }
        if (change instanceof Change.RenameConstraint r) {
            return alter(r.table(), "RENAME CONSTRAINT " + r.from() + " TO " + r.to());
        }
        if (change instanceof Change.RenameIndex r) {
            return "ALTER INDEX " + r.from() + " RENAME TO " + r.to() + ";";
        }
        if (change instanceof Change.RenameTrigger r) {
            return "ALTER TRIGGER " + r.from() + " ON " + r.table() + " RENAME TO " + r.to() + ";";
        }
        if (change instanceof Change.RenameSequence r) {
            return "ALTER SEQUENCE " + r.from() + " RENAME TO " + r.to() + ";";
        }
        if (change instanceof Change.AddColumn a) {
            return addColumn(a);
        }
        if (change instanceof Change.DropColumn d) {
            return alter(d.table(), "DROP COLUMN " + d.column().name());
        }
        if (change instanceof Change.RenameColumn r) {
            return alter(r.table(), "RENAME COLUMN " + r.from() + " TO " + r.to());
        }
        if (change instanceof Change.AlterColumnType t) {
            return alterColumnType(t);
        }
        if (change instanceof Change.SetNotNull n) {
            return setNotNull(n);
        }
        if (change instanceof Change.SetDefault d) {
            return alter(d.table(), "ALTER COLUMN " + d.column()
                    + (d.to() == null ? " DROP DEFAULT" : " SET DEFAULT " + d.to()));
        }
        if (change instanceof Change.SetTableComment c) {
            return "COMMENT ON TABLE " + c.table() + " IS " + commentText(c.to()) + ";";
        }
        if (change instanceof Change.SetColumnComment c) {
            return "COMMENT ON COLUMN " + c.table() + "." + c.column() + " IS " + commentText(c.to()) + ";";
        }
        if (change instanceof Change.SetIndexComment c) {
            return "COMMENT ON INDEX " + c.index() + " IS " + commentText(c.to()) + ";";
        }
        if (change instanceof Change.AddIndex a) {
            // the comment (the index's reason) goes with the index, also when a down re-creates it
            return createIndex(a.table(), a.index(), a.concurrently()) + (a.index().comment() == null ? ""
                    : "\nCOMMENT ON INDEX " + a.index().name() + " IS " + literal(a.index().comment()) + ";");
        }
        if (change instanceof Change.DropIndex d) {
            return "DROP INDEX " + (d.concurrently() ? "CONCURRENTLY " : "")
                    + "IF EXISTS " + d.index().name() + ";";
        }
        if (change instanceof Change.AddPrimaryKey p) {
            return alter(p.table(), "ADD " + primaryKey(p.key()));
        }
        if (change instanceof Change.DropPrimaryKey p) {
            return dropConstraint(p.table(), p.key().name());
        }
        if (change instanceof Change.AddUnique u) {
            return alter(u.table(), "ADD " + unique(u.unique()));
        }
        if (change instanceof Change.AddUniqueUsingIndex u) {
            return alter(u.table(), "ADD CONSTRAINT " + u.unique().name() + " UNIQUE USING INDEX " + u.unique().name());
        }
        if (change instanceof Change.DropUnique u) {
            return dropConstraint(u.table(), u.unique().name());
        }
        if (change instanceof Change.AddCheck c) {
            return alter(c.table(), "ADD " + check(c.check()) + (c.notValid() ? " NOT VALID" : ""));
        }
        if (change instanceof Change.DropCheck c) {
            return dropConstraint(c.table(), c.check().name());
        }
        if (change instanceof Change.AddForeignKey f) {
            return alter(f.table(), "ADD " + foreignKey(f.foreignKey()) + (f.notValid() ? " NOT VALID" : ""));
        }
        if (change instanceof Change.DropForeignKey f) {
            return dropConstraint(f.table(), f.foreignKey().name());
        }
        if (change instanceof Change.ValidateConstraint v) {
            return alter(v.table(), "VALIDATE CONSTRAINT " + v.constraint());
        }
        if (change instanceof Change.AddExclusion e) {
            return extensionsFor(List.of(e.exclusion())) + alter(e.table(), "ADD " + exclusion(e.exclusion()));
        }
        if (change instanceof Change.DropExclusion e) {
            return dropConstraint(e.table(), e.exclusion().name());
        }
        if (change instanceof Change.CreateTrigger t) {
            return createTrigger(t.table(), t.trigger());
        }
        if (change instanceof Change.DropTrigger t) {
            return "DROP TRIGGER IF EXISTS " + t.trigger().name() + " ON " + t.table() + ";";
        }
        if (change instanceof Change.CreateSequence s) {
            return createSequence(s.sequence());
        }
        if (change instanceof Change.DropSequence s) {
            return "DROP SEQUENCE IF EXISTS " + s.sequence().name() + ";";
        }
        if (change instanceof Change.AlterSequence s) {
            return "ALTER SEQUENCE " + s.to().name() + " INCREMENT BY " + s.to().increment()
                    + " START WITH " + s.to().start() + ";";
        }
        if (change instanceof Change.CreateUpdatedAtFunction f) {
            return updatedAtFunction();
        }
        if (change instanceof Change.DropUpdatedAtFunction f) {
            return "DROP FUNCTION IF EXISTS " + UPDATED_AT_FUNCTION + "();";
        }
        if (change instanceof Change.SetDeprecated d) {
            return Sql.deprecationNote(d);
        }
        if (change instanceof Change.NoOp n) {
            return "";
        }
        throw new IllegalArgumentException("no SQL for " + change);
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

    private String createTable(Table table) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- --------------------------------------------\n");
        sql.append("-- Table: ").append(table.name()).append('\n');
        if (table.comment() != null) {
            sql.append("-- Description: ").append(oneLine(table.comment())).append('\n');
        }
        sql.append("-- --------------------------------------------\n");
        sql.append(extensionsFor(table.exclusions()));
        sql.append("CREATE TABLE ").append(table.name()).append(" (\n");
        List<String> sections = new ArrayList<>();
        List<Column> ordered = new ArrayList<>();
        for (ColumnGroup group : ColumnGroup.values()) {
            List<Column> columns = table.columns().stream().filter(c -> group.holds(table, c)).toList();
            if (!columns.isEmpty()) {
                sections.add(INDENT + "-- " + group.title + "\n" + INDENT
                        + columns.stream().map(this::columnDefinition).collect(Collectors.joining(",\n" + INDENT)));
                ordered.addAll(columns);
            }
        }
        List<String> constraints = new ArrayList<>();
        if (table.primaryKey() != null) {
            constraints.add(primaryKey(table.primaryKey()));
        }
        table.foreignKeys().forEach(f -> constraints.add(foreignKey(f)));
        table.uniqueConstraints().forEach(u -> constraints.add(unique(u)));
        table.checks().forEach(c -> constraints.add(check(c)));
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
            comments.add("COMMENT ON TABLE " + table.name() + " IS " + literal(table.comment()) + ";");
        }
        for (Column c : ordered) {
            if (c.comment() != null) {
                comments.add("COMMENT ON COLUMN " + table.name() + "." + c.name() + " IS " + literal(c.comment()) + ";");
            }
        }
        for (Index i : table.indexes()) {
            if (i.comment() != null) {
                comments.add("COMMENT ON INDEX " + i.name() + " IS " + literal(i.comment()) + ";");
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

    String columnDefinition(Column c) {
        StringBuilder sql = new StringBuilder(c.name()).append(' ').append(type(c.type()));
        if (c.identity() == Column.Identity.BY_DEFAULT) {
            sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        } else if (!c.nullable()) {
            sql.append(" NOT NULL");
        }
        if (c.defaultValue() != null) {
            sql.append(" DEFAULT ").append(c.defaultValue());
        }
        return sql.toString();
    }

    /**
     * A default survives a type change typed as the old column ({@code 'x'::character varying} on
     * a text column) or stops it when it does not cast: it is dropped before and set again after.
     */
    private String alterColumnType(Change.AlterColumnType t) {
        List<String> statements = new ArrayList<>();
        if (t.defaultFrom() != null) {
            statements.add(alter(t.table(), "ALTER COLUMN " + t.column() + " DROP DEFAULT"));
        }
        statements.add(alter(t.table(), "ALTER COLUMN " + t.column() + " TYPE " + type(t.to())
                + " USING " + t.column() + "::" + type(t.to())));
        if (t.defaultTo() != null) {
            statements.add(alter(t.table(), "ALTER COLUMN " + t.column() + " SET DEFAULT " + t.defaultTo()));
        }
        return String.join("\n", statements);
    }

    private String addColumn(Change.AddColumn a) {
        String sql = alter(a.table(), "ADD COLUMN " + columnDefinition(a.column()));
        if (a.column().comment() != null) {
            sql += "\nCOMMENT ON COLUMN " + a.table() + "." + a.column().name() + " IS " + literal(a.column().comment()) + ";";
        }
        return sql;
    }

    /**
     * The safe form takes only a brief lock: a NOT VALID check is added instantly, validated under
     * a lock that lets reads and writes go on, and then SET NOT NULL uses it instead of scanning.
     */
    private String setNotNull(Change.SetNotNull n) {
        if (!n.notNull()) {
            return alter(n.table(), "ALTER COLUMN " + n.column() + " DROP NOT NULL");
        }
        if (!n.safe()) {
            return alter(n.table(), "ALTER COLUMN " + n.column() + " SET NOT NULL");
        }
        String check = n.table() + "_" + n.column() + "_not_null";
        return String.join("\n",
                alter(n.table(), "ADD CONSTRAINT " + check + " CHECK (" + n.column() + " IS NOT NULL) NOT VALID"),
                alter(n.table(), "VALIDATE CONSTRAINT " + check),
                alter(n.table(), "ALTER COLUMN " + n.column() + " SET NOT NULL"),
                alter(n.table(), "DROP CONSTRAINT " + check));
    }

    private static String alter(String table, String action) {
        return "ALTER TABLE " + table + " " + action + ";";
    }

    private static String dropConstraint(String table, String name) {
        return alter(table, "DROP CONSTRAINT IF EXISTS " + name);
    }

    private static String primaryKey(PrimaryKey pk) {
        return "CONSTRAINT " + pk.name() + " PRIMARY KEY (" + list(pk.columns()) + ")";
    }

    private static String foreignKey(ForeignKey fk) {
        String sql = "CONSTRAINT " + fk.name() + " FOREIGN KEY (" + list(fk.columns()) + ") REFERENCES "
                + fk.referencedTable() + " (" + list(fk.referencedColumns()) + ")";
        return fk.onDelete() == dev.tablesmith.model.ReferentialAction.NO_ACTION ? sql : sql + " ON DELETE " + fk.onDelete().sql();
    }

    private static String unique(UniqueConstraint u) {
        return "CONSTRAINT " + u.name() + " UNIQUE (" + list(u.columns()) + ")";
    }

    private static String check(CheckConstraint c) {
        return "CONSTRAINT " + c.name() + " CHECK (" + c.expression() + ")";
    }

    private static String exclusion(ExclusionConstraint e) {
        String elements = e.elements().stream().map(el -> Sql.element(el.expression()) + " WITH " + el.operator())
                .collect(Collectors.joining(", "));
        return "CONSTRAINT " + e.name() + " EXCLUDE USING " + e.method().sql() + " (" + elements + ")"
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

    private static String createIndex(String table, Index index, boolean concurrently) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (index.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ");
        if (concurrently) {
            sql.append("CONCURRENTLY ");
        }
        sql.append(index.name()).append(" ON ").append(table);
        if (index.method() != IndexMethod.BTREE) {
            sql.append(" USING ").append(index.method().sql());
        }
        sql.append(" (").append(index.elements().stream().map(PostgresDialect::indexElement)
                .collect(Collectors.joining(", "))).append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(list(index.include())).append(')');
        }
        if (index.where() != null) {
            sql.append(" WHERE ").append(index.where());
        }
        return sql.append(';').toString();
    }

    private static String indexElement(IndexElement e) {
        StringBuilder sql = new StringBuilder(e.column() != null ? e.column() : Sql.element(e.expression()));
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

    private static String createTrigger(String table, Trigger trigger) {
        return "CREATE TRIGGER " + trigger.name() + "\n"
                + INDENT + "BEFORE UPDATE ON " + table + "\n"
                + INDENT + "FOR EACH ROW\n"
                + INDENT + "EXECUTE FUNCTION " + UPDATED_AT_FUNCTION + "();";
    }

    private static String createSequence(Sequence s) {
        return "CREATE SEQUENCE " + s.name() + " START WITH " + s.start() + " INCREMENT BY " + s.increment() + ";";
    }

    private static String updatedAtFunction() {
        return """
                -- Keeps updated_at current on every UPDATE, whoever writes the row.
                CREATE OR REPLACE FUNCTION %s()
                RETURNS TRIGGER AS $$
                BEGIN
                    NEW.updated_at = now();
                    RETURN NEW;
                END;
                $$ LANGUAGE plpgsql;""".formatted(UPDATED_AT_FUNCTION);
    }

    private static String commentText(String comment) {
        return comment == null ? "NULL" : literal(comment);
    }

    private static String oneLine(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }
}
