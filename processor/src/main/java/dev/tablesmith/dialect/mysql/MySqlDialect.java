package dev.tablesmith.dialect.mysql;

import static dev.tablesmith.dialect.Sql.list;
import static dev.tablesmith.dialect.Sql.literal;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.dialect.Sql;
import dev.tablesmith.diff.Change;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.rules.Finding;
import dev.tablesmith.rules.SchemaContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MySQL 8 and MariaDB 10.11+ (tested on MariaDB 11.4), typed the way Hibernate 6.6's MariaDB dialect
 * expects: InnoDB tables with {@code AUTO_INCREMENT} identities, indexes and comments inside the
 * {@code CREATE TABLE}, {@code updated_at} kept by {@code ON UPDATE CURRENT_TIMESTAMP(6)}.
 *
 * <p>MySQL changes a column's type, nullability, default or comment only by restating the whole
 * column ({@code MODIFY COLUMN}), so each script is rendered by a dialect positioned at the schema
 * the script starts from ({@link #at(Schema)}), which follows the changes it renders.
 */
public final class MySqlDialect implements Dialect {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String INDENT = "    ";

    /** The tables as the changes rendered so far left them; null when not positioned. */
    private final Tracked tracked;

    public MySqlDialect() {
        this(null);
    }

    private MySqlDialect(Tracked tracked) {
        this.tracked = tracked;
    }

    @Override
    public String id() {
        return "mysql";
    }

    @Override
    public int maxIdentifierLength() {
        return 64;
    }

    /**
     * This dialect positioned at {@code schema}: MySQL changes a column only by restating all of it
     * ({@code MODIFY COLUMN}), so the instance follows the changes it renders from there.
     */
    public MySqlDialect at(Schema schema) {
        return new MySqlDialect(new Tracked(schema));
    }

    @Override
    public String render(Change change, Schema before) {
        return before == null ? render(change) : at(before).render(change);
    }

    /**
     * MySQL commits every DDL statement on its own, inside a transaction or not, and Flyway knows
     * MySQL has no transactional DDL: splitting a migration into versions run outside one would only
     * add files. Every change is "transactional" here, so one migration stays one file; a failure
     * halfway leaves the statements before it applied (see NOTES-mysql.md).
     */
    @Override
    public boolean isTransactional(Change change) {
        return true;
    }

    @Override
    public String transactionNote(boolean transactional) {
        return "-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.\n";
    }

    /** Bounds the wait for a metadata lock (seconds; MySQL's unit), which is what DDL queues on. */
    @Override
    public String lockTimeout(String timeout) {
        return "SET SESSION lock_wait_timeout = " + seconds(timeout) + ";";
    }

    static long seconds(String timeout) {
        String t = timeout.trim();
        if (t.endsWith("ms")) {
            return Math.max(1, (Long.parseLong(t.substring(0, t.length() - 2)) + 999) / 1000);
        }
        if (t.endsWith("min")) {
            return Long.parseLong(t.substring(0, t.length() - 3)) * 60;
        }
        if (t.endsWith("s")) {
            return Math.max(1, Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Math.max(1, (Long.parseLong(t) + 999) / 1000); // PostgreSQL's unit for a bare number: ms
    }

    @Override
    public void checkSupport(SchemaContext context, Consumer<Finding> report) {
        MySqlSupport.check(context, report);
    }

    @Override
    public String render(Change change) {
        String sql = sql(change);
        if (tracked != null) {
            tracked.apply(change);
        }
        return sql;
    }

    private String sql(Change change) {
        if (change instanceof Change.CreateTable c) {
            return createTable(c.definition());
        }
        if (change instanceof Change.DropTable d) {
            return "DROP TABLE IF EXISTS " + d.definition().name() + ";";
        }
        if (change instanceof Change.RenameTable r) {
            return "RENAME TABLE " + r.from() + " TO " + r.to() + ";";
        }
        if (change instanceof Change.RenameConstraint r) {
            return renameConstraint(r);
        }
        if (change instanceof Change.RenameIndex r) {
            if (tracked != null && tracked.hasIndex(r.table(), r.from()) && !writable(tracked.index(r.table(), r.from()))) {
                return "-- index " + r.from() + " was not written: MariaDB has no expression indexes.";
            }
            return alter(r.table(), "RENAME INDEX " + r.from() + " TO " + r.to());
        }
        if (change instanceof Change.RenameTrigger r) {
            return "-- " + r.table() + ": updated_at is kept by ON UPDATE on the column; no trigger to rename.";
        }
        if (change instanceof Change.RenameSequence r) {
            if (tracked != null && !tracked.hasSequence(r.from())) {
                return "-- " + r.from() + " is an identity's sequence: AUTO_INCREMENT has none to rename.";
            }
            return "RENAME TABLE " + r.from() + " TO " + r.to() + ";"; // a MariaDB sequence is a table
        }
        if (change instanceof Change.AddColumn a) {
            return alter(a.table(), "ADD COLUMN " + columnDefinition(a.column(), updatedAtColumns(a.table())));
        }
        if (change instanceof Change.DropColumn d) {
            return alter(d.table(), "DROP COLUMN " + d.column().name());
        }
        if (change instanceof Change.RenameColumn r) {
            if (tracked != null && tracked.column(r.table(), r.from()).type().kind() == ColumnType.Kind.JSON) {
                // MariaDB's JSON carries a CHECK (json_valid(col)) named after the column, which RENAME
                // COLUMN leaves under the old name (a later column of that name would clash): restating
                // the column names it anew
                Column c = tracked.column(r.table(), r.from());
                return alter(r.table(), "CHANGE COLUMN " + r.from() + " " + columnDefinition(
                        c.withName(r.to()), updatedAtColumns(r.table()).contains(r.from())));
            }
            return alter(r.table(), "RENAME COLUMN " + r.from() + " TO " + r.to());
        }
        if (change instanceof Change.AlterColumnType t) {
            return modify(t.table(), t.column(), c -> c.withType(t.to()).withDefault(t.defaultTo()));
        }
        if (change instanceof Change.SetNotNull n) {
            return modify(n.table(), n.column(), c -> c.withNullable(!n.notNull()));
        }
        if (change instanceof Change.SetDefault d) {
            return modify(d.table(), d.column(), c -> c.withDefault(d.to()));
        }
        if (change instanceof Change.SetColumnComment c) {
            return modify(c.table(), c.column(), col -> col.withComment(c.to()));
        }
        if (change instanceof Change.SetTableComment c) {
            return alter(c.table(), "COMMENT = " + literal(c.to() == null ? "" : c.to()));
        }
        if (change instanceof Change.SetIndexComment c) {
            // an index's comment changes only by building it again: drop and add in one statement
            Index index = requireTracked().index(c.table(), c.index());
            if (!writable(index)) {
                return "-- index " + index.name() + " was not written: MariaDB has no expression indexes.";
            }
            Index changed = new Index(index.name(), index.elements(), index.unique(), index.method(), index.include(),
                    index.where(), c.to());
            return alter(c.table(), "DROP INDEX " + index.name() + ", ADD " + indexClause(changed));
        }
        if (change instanceof Change.AddIndex a) {
            return addIndex(a);
        }
        if (change instanceof Change.DropIndex d) {
            if (tracked != null && !tracked.hasIndex(d.table(), d.index().name())) {
                return "-- index " + d.index().name() + " went with its unique constraint.";
            }
            if (!writable(d.index())) {
                return "-- index " + d.index().name() + " was not written: MariaDB has no expression indexes.";
            }
            return alter(d.table(), "DROP INDEX " + d.index().name() + standInFor(d.table(), d.index())
                    + (d.concurrently() ? ", " + ONLINE : ""));
        }
        if (change instanceof Change.AddPrimaryKey p) {
            return alter(p.table(), "ADD PRIMARY KEY (" + list(p.key().columns()) + ")");
        }
        if (change instanceof Change.DropPrimaryKey p) {
            return alter(p.table(), "DROP PRIMARY KEY");
        }
        if (change instanceof Change.AddUnique u) {
            Index key = new Index(u.unique().name(), u.unique().columns().stream().map(IndexElement::column).toList(),
                    true, IndexMethod.BTREE, List.of(), null, null);
            return alter(u.table(), "ADD " + unique(u.unique()) + standInsReplacedBy(u.table(), key));
        }
        if (change instanceof Change.AddUniqueUsingIndex u) {
            return "-- the unique index " + u.unique().name() + " is the constraint: MySQL enforces UNIQUE with it.";
        }
        if (change instanceof Change.DropUnique u) {
            return alter(u.table(), "DROP INDEX " + u.unique().name());
        }
        if (change instanceof Change.AddCheck c) {
            // MySQL checks every row when a constraint is added: NOT VALID has no equivalent, nor a need
            return alter(c.table(), "ADD " + check(c.check()));
        }
        if (change instanceof Change.DropCheck c) {
            return alter(c.table(), "DROP CONSTRAINT " + c.check().name());
        }
        if (change instanceof Change.AddForeignKey f) {
            return alter(f.table(), "ADD " + foreignKey(f.foreignKey()));
        }
        if (change instanceof Change.DropForeignKey f) {
            // the index InnoDB added for the key (or one added for it below) stays unless dropped with it
            boolean standIn = tracked != null && tracked.hasIndex(f.table(), f.foreignKey().name());
            return alter(f.table(), "DROP FOREIGN KEY " + f.foreignKey().name()
                    + (standIn ? ", DROP INDEX " + f.foreignKey().name() : ""));
        }
        if (change instanceof Change.ValidateConstraint v) {
            return "-- " + v.constraint() + " was checked against every row when it was added.";
        }
        if (change instanceof Change.AddExclusion e) {
            throw new IllegalStateException("MySQL has no exclusion constraints (" + e.exclusion().name()
                    + "); checkSupport reports it before anything is written");
        }
        if (change instanceof Change.DropExclusion e) {
            return "-- exclusion constraint " + e.exclusion().name() + " was never written (MySQL has none).";
        }
        if (change instanceof Change.CreateTrigger t) {
            return modify(t.table(), t.trigger().column(), c -> c, true);
        }
        if (change instanceof Change.DropTrigger t) {
            return modify(t.table(), t.trigger().column(), c -> c, false);
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
        if (change instanceof Change.CreateUpdatedAtFunction || change instanceof Change.DropUpdatedAtFunction) {
            return ""; // ON UPDATE CURRENT_TIMESTAMP needs no function
        }
        if (change instanceof Change.SetDeprecated d) {
            return Sql.deprecationNote(d);
        }
        if (change instanceof Change.NoOp) {
            return "";
        }
        throw new IllegalArgumentException("no SQL for " + change);
    }

    /** What Hibernate 6.6's MariaDBDialect creates and validates for each kind. */
    @Override
    public String type(ColumnType t) {
        return switch (t.kind()) {
            case BOOLEAN -> "BIT";
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INT";
            case BIGINT -> "BIGINT";
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + t.precision() + ", " + t.scale() + ")";
            case CHAR -> "CHAR(" + t.length() + ")";
            case VARCHAR -> "VARCHAR(" + t.length() + ")";
            case TEXT, CLOB -> "LONGTEXT";
            case BINARY -> "VARBINARY(" + (t.length() == null ? 255 : t.length()) + ")";
            case BLOB -> "LONGBLOB";
            case DATE -> "DATE";
            case TIME, TIME_TZ -> "TIME(" + fraction(t) + ")";
            // MariaDB has no time zone type; Hibernate normalises Instant/OffsetDateTime to UTC in DATETIME
            case TIMESTAMP, TIMESTAMP_TZ -> "DATETIME(" + fraction(t) + ")";
            case INTERVAL -> "DECIMAL(21, 0)"; // Hibernate stores a Duration as nanoseconds
            case UUID -> "UUID";
            case JSON -> "JSON";
            case ARRAY -> throw new IllegalStateException("MySQL has no array columns; checkSupport reports it");
            case CUSTOM -> t.custom();
        };
    }

    private static int fraction(ColumnType t) {
        return t.precision() == null ? 6 : t.precision();
    }

    // ---------------------------------------------------------------- tables

    private String createTable(Table table) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- --------------------------------------------\n");
        sql.append("-- Table: ").append(table.name()).append('\n');
        if (table.comment() != null) {
            sql.append("-- Description: ").append(oneLine(table.comment())).append('\n');
        }
        sql.append("-- --------------------------------------------\n");
        sql.append("CREATE TABLE ").append(table.name()).append(" (\n");
        List<String> updatedAt = table.triggers().stream().map(Trigger::column).toList();
        List<String> lines = new ArrayList<>();
        table.columns().forEach(c -> lines.add(columnDefinition(c, updatedAt)));
        if (table.primaryKey() != null) {
            lines.add("PRIMARY KEY (" + list(table.primaryKey().columns()) + ")");
        }
        table.uniqueConstraints().forEach(u -> lines.add(unique(u)));
        // indexes before the foreign keys, so InnoDB does not add its own index for a key
        table.indexes().stream().filter(MySqlDialect::writable).forEach(i -> lines.add(indexClause(i)));
        table.foreignKeys().forEach(f -> lines.add(foreignKey(f)));
        table.checks().forEach(c -> lines.add(check(c)));
        sql.append(INDENT).append(String.join(",\n" + INDENT, lines)).append('\n');
        sql.append(") ENGINE=InnoDB");
        if (table.comment() != null) {
            sql.append(" COMMENT=").append(literal(table.comment()));
        }
        return sql.append(';').toString();
    }

    String columnDefinition(Column c, List<String> updatedAtColumns) {
        return columnDefinition(c, updatedAtColumns.contains(c.name()));
    }

    private String columnDefinition(Column c, boolean onUpdate) {
        StringBuilder sql = new StringBuilder(c.name()).append(' ').append(type(c.type()));
        sql.append(c.nullable() && c.identity() == Column.Identity.NONE ? " NULL" : " NOT NULL");
        if (c.identity() == Column.Identity.BY_DEFAULT) {
            sql.append(" AUTO_INCREMENT");
        }
        if (c.defaultValue() != null) {
            sql.append(" DEFAULT ").append(defaultValue(c.defaultValue(), c.type()));
        }
        if (onUpdate) {
            sql.append(" ON UPDATE CURRENT_TIMESTAMP(").append(fraction(c.type())).append(')');
        }
        if (c.comment() != null) {
            sql.append(" COMMENT ").append(literal(c.comment()));
        }
        return sql.toString();
    }

    /**
     * A default as MySQL takes it: the current time at the column's precision (MySQL refuses
     * {@code now()} on a {@code DATETIME(6)}), a PostgreSQL cast's literal without the cast,
     * {@code gen_random_uuid()} as {@code UUID()}, booleans as bits, literals as written, any other
     * expression in parentheses (MySQL 8.0.13+/MariaDB 10.2+).
     */
    static String defaultValue(String sql, ColumnType type) {
        String s = sql.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        boolean temporal = type.kind() == ColumnType.Kind.TIMESTAMP || type.kind() == ColumnType.Kind.TIMESTAMP_TZ;
        if (temporal && lower.matches("now\\(\\s*\\d*\\s*\\)|current_timestamp(\\(\\s*\\d*\\s*\\))?|localtimestamp")) {
            return "CURRENT_TIMESTAMP(" + fraction(type) + ")";
        }
        java.util.regex.Matcher cast = java.util.regex.Pattern.compile("('(?:[^']|'')*')::[a-z ]+(\\(\\d+\\))?")
                .matcher(lower);
        if (cast.matches()) {
            return s.substring(0, cast.end(1)); // PostgreSQL's '{}'::jsonb: the literal is what MySQL takes
        }
        if (lower.equals("gen_random_uuid()")) {
            return "(UUID())";
        }
        if (type.kind() == ColumnType.Kind.BOOLEAN && (lower.equals("true") || lower.equals("false"))) {
            return lower.equals("true") ? "1" : "0";
        }
        if (lower.matches("-?\\d+(\\.\\d+)?|'([^']|'')*'|true|false|null")) {
            return s;
        }
        return s.startsWith("(") && s.endsWith(")") ? s : "(" + s + ")";
    }

    private static String unique(UniqueConstraint u) {
        return "CONSTRAINT " + u.name() + " UNIQUE (" + list(u.columns()) + ")";
    }

    private static String check(CheckConstraint c) {
        return "CONSTRAINT " + c.name() + " CHECK (" + c.expression() + ")";
    }

    private static String foreignKey(ForeignKey fk) {
        String sql = "CONSTRAINT " + fk.name() + " FOREIGN KEY (" + list(fk.columns()) + ") REFERENCES "
                + fk.referencedTable() + " (" + list(fk.referencedColumns()) + ")";
        return fk.onDelete() == ReferentialAction.NO_ACTION ? sql : sql + " ON DELETE " + fk.onDelete().sql();
    }

    // ---------------------------------------------------------------- indexes

    /** What PostgreSQL's CONCURRENTLY becomes: an online build that keeps reads and writes going. */
    private static final String ONLINE = "ALGORITHM=INPLACE, LOCK=NONE";

    private String addIndex(Change.AddIndex a) {
        if (!writable(a.index())) {
            return "-- index " + a.index().name() + " not written: MariaDB has no expression indexes.";
        }
        return alter(a.table(), "ADD " + indexClause(a.index()) + standInsReplacedBy(a.table(), a.index())
                + (a.concurrently() ? ", " + ONLINE : ""));
    }

    /**
     * The stand-in indexes of foreign keys (the one InnoDB made, or one added when an index was
     * dropped) that the added index now covers: dropped with the add, as a fresh create has none.
     */
    private String standInsReplacedBy(String table, Index added) {
        if (tracked == null) {
            return "";
        }
        Table.Builder with = tracked.table(table).toBuilder();
        with.indexes.add(added);
        StringBuilder sql = new StringBuilder();
        for (ForeignKey fk : with.foreignKeys) {
            if (fk.name().equals(added.name()) || !tracked.hasIndex(table, fk.name())) {
                continue;
            }
            Index standIn = tracked.index(table, fk.name());
            with.indexes.remove(standIn);
            if (Tracked.covered(with, fk.columns())) {
                sql.append(", DROP INDEX ").append(fk.name());
            } else {
                with.indexes.add(standIn);
            }
        }
        return sql.toString();
    }

    /**
     * An expression index has no MariaDB form (no functional key parts); checkSupport reports it (an
     * error when unique) and it is left out.
     */
    static boolean writable(Index index) {
        return index.elements().stream().allMatch(e -> e.column() != null);
    }

    /**
     * {@code [UNIQUE] INDEX name (columns)}: every access method is a B-tree in InnoDB, a partial
     * index covers all rows, a covering index keeps only its key columns, and operator classes and
     * NULLS ordering have no equivalent (checkSupport warns about each).
     */
    static String indexClause(Index index) {
        String elements = index.elements().stream().map(MySqlDialect::indexElement).collect(Collectors.joining(", "));
        return (index.unique() ? "UNIQUE " : "") + "INDEX " + index.name() + " (" + elements + ")"
                + (index.comment() == null ? "" : " COMMENT " + literal(index.comment()));
    }

    private static String indexElement(IndexElement e) {
        return e.column() + (e.descending() ? " DESC" : "");
    }

    /**
     * MySQL refuses to drop the index a foreign key needs. When no other index serves the key, the
     * same statement adds the index InnoDB would have made for it (named after the key); dropping
     * the key later drops that index too.
     */
    private String standInFor(String table, Index dropped) {
        if (tracked == null) {
            return "";
        }
        Table.Builder without = tracked.table(table).toBuilder();
        without.indexes.removeIf(i -> i.name().equals(dropped.name()));
        StringBuilder sql = new StringBuilder();
        for (ForeignKey fk : without.foreignKeys) {
            if (!Tracked.covered(without, fk.columns()) && !fk.name().equals(dropped.name())) {
                without.indexes.add(Tracked.standIn(fk));
                sql.append(", ADD ").append(indexClause(Tracked.standIn(fk)));
            }
        }
        return sql.toString();
    }

    // ---------------------------------------------------------------- columns

    private String modify(String table, String column, UnaryOperator<Column> change) {
        Tracked t = requireTracked();
        return modify(table, column, change, t.updatedAt(table).contains(column));
    }

    private String modify(String table, String column, UnaryOperator<Column> change, boolean onUpdate) {
        Column current = requireTracked().column(table, column);
        return alter(table, "MODIFY COLUMN " + columnDefinition(change.apply(current), onUpdate));
    }

    private List<String> updatedAtColumns(String table) {
        return tracked == null ? List.of() : tracked.updatedAt(table);
    }

    /**
     * MySQL renames no constraint but a unique one (an index); a check or foreign key is dropped and
     * added again under the new name, and the primary key is always called PRIMARY.
     */
    private String renameConstraint(Change.RenameConstraint r) {
        Table table = requireTracked().table(r.table());
        if (table.primaryKey() != null && table.primaryKey().name().equals(r.from())) {
            return "-- the primary key of " + r.table() + " is always named PRIMARY in MySQL.";
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            if (u.name().equals(r.from())) {
                return alter(r.table(), "RENAME INDEX " + r.from() + " TO " + r.to());
            }
        }
        for (CheckConstraint c : table.checks()) {
            if (c.name().equals(r.from())) {
                return alter(r.table(), "DROP CONSTRAINT " + r.from() + ", ADD "
                        + check(new CheckConstraint(r.to(), c.expression())));
            }
        }
        for (ForeignKey f : table.foreignKeys()) {
            if (f.name().equals(r.from())) {
                // the index InnoDB keeps for the key (named as it) follows, as a fresh create names it
                boolean standIn = requireTracked().hasIndex(r.table(), r.from());
                return alter(r.table(), "DROP FOREIGN KEY " + r.from() + ", ADD " + foreignKey(new ForeignKey(r.to(), f.columns(), f.referencedTable(),
                        f.referencedColumns(), f.onDelete())) + (standIn ? ", RENAME INDEX " + r.from() + " TO " + r.to() : ""));
            }
        }
        return "-- " + r.from() + " on " + r.table() + " was not written; nothing to rename.";
    }

    private Tracked requireTracked() {
        if (tracked == null) {
            throw new IllegalStateException("MySQL restates a whole column to change it: render through at(schema)");
        }
        return tracked;
    }

    private static String createSequence(Sequence s) {
        // NOCACHE like Hibernate: a cached MariaDB sequence loses its cache on restart, skipping ids
        return "CREATE SEQUENCE " + s.name() + " START WITH " + s.start() + " INCREMENT BY " + s.increment()
                + " NOCACHE;";
    }

    private static String alter(String table, String action) {
        return "ALTER TABLE " + table + " " + action + ";";
    }

    private static String oneLine(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }
}
