package dev.tablesmith.dialect.mysql;

import dev.tablesmith.dialect.Sql;
import dev.tablesmith.dialect.SqlDialect;
import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.QualifierSupport;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.safety.Identifiers;
import dev.tablesmith.safety.SqlEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * MySQL 8 and MariaDB 10.11+ (tested on MariaDB 11.4), typed the way Hibernate 6.6's MariaDB dialect
 * expects: InnoDB tables with {@code AUTO_INCREMENT} identities, indexes and comments inside the
 * {@code CREATE TABLE}, {@code updated_at} kept by {@code ON UPDATE CURRENT_TIMESTAMP(6)}.
 *
 * <p>MySQL changes a column's type, nullability, default or comment only by restating the whole
 * column ({@code MODIFY COLUMN}): it reads the column from the schema before the change, with the
 * stand-in indexes InnoDB keeps for foreign keys ({@link Tracked}).
 */
public final class MySqlDialect extends SqlDialect {
    @Override
    public String id() {
        return "mysql";
    }

    @Override
    public QualifierSupport qualifierSupport() {
        return QualifierSupport.CATALOG;
    }

    @Override
    public SqlEngine engine() {
        return SqlEngine.MYSQL;
    }

    /** MySQL's own quotes: backticks (double quotes are strings unless ANSI_QUOTES is on). */
    @Override
    protected String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /**
     * A check written for every engine names a reserved column in standard SQL's double quotes
     * (see the reader's generated checks), which MySQL reads as a string: those become backticks.
     * Only a double-quoted reserved word that is a plain identifier is touched; strings in single
     * quotes and names in backticks are copied as they are.
     */
    @Override
    protected String check(CheckConstraint c) {
        return "CONSTRAINT " + name(c.name()) + " CHECK (" + reservedNamesInBackticks(c.expression()) + ")";
    }

    private String reservedNamesInBackticks(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        int i = 0;
        while (i < expression.length()) {
            char ch = expression.charAt(i);
            if (ch == '\'' || ch == '`' || ch == '"') {
                int end = i + 1;
                while (end < expression.length() && expression.charAt(end) != ch) {
                    end += ch == '\'' && expression.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, expression.length() - 1);
                String inside = expression.substring(i + 1, end);
                if (ch == '"' && Identifiers.isPlain(inside) && engine().reserves(inside)) {
                    out.append(quote(inside));
                } else {
                    out.append(expression, i, end + 1);
                }
                i = end + 1; // a doubled quote ('' or "") reads as two quoted parts, copied as they were
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * MySQL commits every DDL statement on its own, inside a transaction or not, and Flyway knows
     * MySQL has no transactional DDL: splitting a migration into versions run outside one would only
     * add files. Every change is "transactional" here, so one migration stays one file; a failure
     * halfway leaves the statements before it applied (see the README).
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
    public void checkSupport(Schema schema, SourceMap sources, Consumer<Finding> report) {
        MySqlSupport.check(schema, sources, report);
    }

    /**
     * InnoDB changes a column type in place only when a VARCHAR grows and keeps its number of length
     * bytes (up to 255 bytes, or over it: 63 characters of utf8mb4); every other type change copies
     * the table (ALGORITHM=COPY).
     */
    @Override
    public Optional<String> tableRewrite(ColumnType from, ColumnType to) {
        boolean inPlace = from.kind() == ColumnType.Kind.VARCHAR && to.kind() == ColumnType.Kind.VARCHAR
                && to.length() >= from.length() && (from.length() * 4 <= 255) == (to.length() * 4 <= 255);
        return inPlace || from.equals(to) ? Optional.empty()
                : Optional.of("copies the whole table (ALGORITHM=COPY), blocking writes meanwhile");
    }

    /** InnoDB adds a STORED generated column only by copying the table; a VIRTUAL one, or any default, is instant. */
    @Override
    public Optional<String> addColumnRewrite(Column column) {
        return Sql.storedGenerated(column.type())
                ? Optional.of("makes MySQL/MariaDB compute it for every row, copying the whole table (ALGORITHM=COPY) and "
                        + "blocking writes meanwhile")
                : Optional.empty();
    }

    // ---------------------------------------------------------------- changes

    @Override
    public String createTable(Change.CreateTable c, Schema before) {
        return createTable(c.definition()) + rows(c.definition());
    }

    /** A MySQL schema is a database: RENAME TABLE moves a table between databases (unqualified: the connection's). */
    @Override
    public String moveTable(Change.MoveTable m, Schema before) {
        return "RENAME TABLE " + qualified(m.from()) + " TO " + qualified(m.to()) + ";";
    }

    /**
     * Hibernate names a MySQL database with {@code @Table(catalog)}; it is created when its first
     * table needs it, and kept (other tables may live in it).
     */
    @Override
    public String createNamespaces(Schema before, Schema after) {
        List<String> statements = new ArrayList<>();
        for (String namespace : after.namespaces()) {
            if (!before.namespaces().contains(namespace)) {
                statements.add("CREATE DATABASE IF NOT EXISTS " + name(namespace) + ";");
            }
        }
        return String.join("\n", statements);
    }

    @Override
    public String renameTable(Change.RenameTable r, Schema before) {
        return "RENAME TABLE " + qualified(r.from()) + " TO " + qualified(r.to()) + ";";
    }

    @Override
    public String renameConstraint(Change.RenameConstraint r, Schema before) {
        return renameConstraint(r, tracked(before, r));
    }

    @Override
    public String renameIndex(Change.RenameIndex r, Schema before) {
        if (before != null) {
            Tracked t = new Tracked(before);
            if (t.hasIndex(r.table(), r.from()) && !writable(t.index(r.table(), r.from()))) {
                return "-- index " + r.from() + " was not written: MariaDB has no expression indexes.";
            }
        }
        return alter(r.table(), "RENAME INDEX " + name(r.from()) + " TO " + name(r.to()));
    }

    @Override
    public String renameTrigger(Change.RenameTrigger r, Schema before) {
        return "-- " + r.table() + ": updated_at is kept by ON UPDATE on the column; no trigger to rename.";
    }

    @Override
    public String renameSequence(Change.RenameSequence r, Schema before) {
        if (before != null && !new Tracked(before).hasSequence(r.from())) {
            return "-- " + r.from() + " is an identity's sequence: AUTO_INCREMENT has none to rename.";
        }
        return "RENAME TABLE " + qualified(r.from()) + " TO " + qualified(r.to()) + ";"; // a MariaDB sequence is a table
    }

    @Override
    public String renameColumn(Change.RenameColumn r, Schema before) {
        Tracked t = before == null ? null : new Tracked(before);
        if (t != null && t.column(r.table(), r.from()).type().kind() == ColumnType.Kind.JSON) {
            // MariaDB's JSON carries a CHECK (json_valid(col)) named after the column, which RENAME
            // COLUMN leaves under the old name (a later column of that name would clash): restating
            // the column names it anew
            Column c = t.column(r.table(), r.from());
            return alter(r.table(), "CHANGE COLUMN " + name(r.from()) + " " + columnDefinition(
                    c.withName(r.to()), t.updatedAt(r.table()).contains(r.from())));
        }
        return super.renameColumn(r, before);
    }

    @Override
    public String alterColumnType(Change.AlterColumnType t, Schema before) {
        return modify(before, t, t.table(), t.column(), c -> c.withType(t.to()).withDefault(t.defaultTo()));
    }

    @Override
    public String setNotNull(Change.SetNotNull n, Schema before) {
        return modify(before, n, n.table(), n.column(), c -> c.withNullable(!n.notNull()));
    }

    @Override
    public String setDefault(Change.SetDefault d, Schema before) {
        return modify(before, d, d.table(), d.column(), c -> c.withDefault(d.to()));
    }

    @Override
    public String setColumnComment(Change.SetColumnComment c, Schema before) {
        return modify(before, c, c.table(), c.column(), col -> col.withComment(c.to()));
    }

    @Override
    public String setTableComment(Change.SetTableComment c, Schema before) {
        return alter(c.table(), "COMMENT = " + literal(c.to() == null ? "" : c.to()));
    }

    @Override
    public String setIndexComment(Change.SetIndexComment c, Schema before) {
        // an index's comment changes only by building it again: drop and add in one statement
        Index index = tracked(before, c).index(c.table(), c.index());
        if (!writable(index)) {
            return "-- index " + index.name() + " was not written: MariaDB has no expression indexes.";
        }
        Index changed = new Index(index.name(), index.elements(), index.unique(), index.method(), index.include(),
                index.where(), c.to());
        return alter(c.table(), "DROP INDEX " + name(index.name()) + ", ADD " + indexClause(changed));
    }

    @Override
    public String addIndex(Change.AddIndex a, Schema before) {
        if (!writable(a.index())) {
            return "-- index " + a.index().name() + " not written: MariaDB has no expression indexes.";
        }
        return alter(a.table(), "ADD " + indexClause(a.index()) + standInsReplacedBy(before, a.table(), a.index())
                + (a.concurrently() ? ", " + ONLINE : ""));
    }

    @Override
    public String dropIndex(Change.DropIndex d, Schema before) {
        if (before != null && !new Tracked(before).hasIndex(d.table(), d.index().name())) {
            return "-- index " + d.index().name() + " went with its unique constraint.";
        }
        if (!writable(d.index())) {
            return "-- index " + d.index().name() + " was not written: MariaDB has no expression indexes.";
        }
        return alter(d.table(), "DROP INDEX " + name(d.index().name()) + standInFor(before, d.table(), d.index())
                + (d.concurrently() ? ", " + ONLINE : ""));
    }

    @Override
    public String addPrimaryKey(Change.AddPrimaryKey p, Schema before) {
        return alter(p.table(), "ADD PRIMARY KEY (" + names(p.key().columns()) + ")");
    }

    @Override
    public String dropPrimaryKey(Change.DropPrimaryKey p, Schema before) {
        return alter(p.table(), "DROP PRIMARY KEY");
    }

    @Override
    public String addUnique(Change.AddUnique u, Schema before) {
        Index key = new Index(u.unique().name(), u.unique().columns().stream().map(IndexElement::column).toList(),
                true, IndexMethod.BTREE, List.of(), null, null);
        return alter(u.table(), "ADD " + unique(u.unique()) + standInsReplacedBy(before, u.table(), key));
    }

    @Override
    public String addUniqueUsingIndex(Change.AddUniqueUsingIndex u, Schema before) {
        return "-- the unique index " + u.unique().name() + " is the constraint: MySQL enforces UNIQUE with it.";
    }

    @Override
    public String dropUnique(Change.DropUnique u, Schema before) {
        return alter(u.table(), "DROP INDEX " + name(u.unique().name()));
    }

    /** MySQL checks every row when a constraint is added: NOT VALID has no equivalent, nor a need. */
    @Override
    public String addCheck(Change.AddCheck c, Schema before) {
        return super.addCheck(c, before);
    }

    @Override
    public String dropCheck(Change.DropCheck c, Schema before) {
        return alter(c.table(), "DROP CONSTRAINT " + name(c.check().name()));
    }

    @Override
    public String dropForeignKey(Change.DropForeignKey f, Schema before) {
        // the index InnoDB added for the key (or one added for it below) stays unless dropped with it
        boolean standIn = before != null && new Tracked(before).hasIndex(f.table(), f.foreignKey().name());
        return alter(f.table(), "DROP FOREIGN KEY " + name(f.foreignKey().name())
                + (standIn ? ", DROP INDEX " + name(f.foreignKey().name()) : ""));
    }

    @Override
    public String validateConstraint(Change.ValidateConstraint v, Schema before) {
        return "-- " + v.constraint() + " was checked against every row when it was added.";
    }

    @Override
    public String addExclusion(Change.AddExclusion e, Schema before) {
        throw new IllegalStateException("MySQL has no exclusion constraints (" + e.exclusion().name()
                + "); checkSupport reports it before anything is written");
    }

    @Override
    public String dropExclusion(Change.DropExclusion e, Schema before) {
        return "-- exclusion constraint " + e.exclusion().name() + " was never written (MySQL has none).";
    }

    @Override
    public String createTrigger(Change.CreateTrigger t, Schema before) {
        return modify(before, t, t.table(), t.trigger().column(), c -> c, true);
    }

    @Override
    public String dropTrigger(Change.DropTrigger t, Schema before) {
        return modify(before, t, t.table(), t.trigger().column(), c -> c, false);
    }

    /** NOCACHE like Hibernate: a cached MariaDB sequence loses its cache on restart, skipping ids. */
    @Override
    protected String createSequence(Sequence s) {
        return "CREATE SEQUENCE " + qualified(s.name()) + " START WITH " + s.start() + " INCREMENT BY " + s.increment()
                + " NOCACHE;";
    }

    /** What Hibernate 6.6's MariaDBDialect creates and validates for each kind. */
    @Override
    public String type(ColumnType t) {
        return switch (t.kind()) {
            case BOOLEAN -> "BIT";
            case TINYINT -> "TINYINT";
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INT";
            case BIGINT -> "BIGINT";
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + t.precision() + ", " + t.scale() + ")";
            case CHAR -> "CHAR(" + t.length() + ")";
            case VARCHAR -> t.length() > MAX_VARCHAR ? text(t.length()) : "VARCHAR(" + t.length() + ")";
            case TEXT -> "LONGTEXT";
            case CLOB -> t.length() == null ? "LONGTEXT" : text(t.length());
            case XML -> "LONGTEXT";
            case BINARY -> t.length() == null ? "VARBINARY(255)"
                    : t.length() > MAX_VARBINARY ? blob(t.length()) : "VARBINARY(" + t.length() + ")";
            case FIXED_BINARY -> "BINARY(" + (t.length() == null ? 255 : t.length()) + ")";
            case BLOB -> t.length() == null ? "LONGBLOB" : blob(t.length());
            case DATE -> "DATE";
            case TIME, TIME_TZ -> "TIME(" + fraction(t) + ")";
            // MariaDB has no time zone type; Hibernate normalises Instant/OffsetDateTime to UTC in DATETIME
            case TIMESTAMP, TIMESTAMP_TZ -> "DATETIME(" + fraction(t) + ")";
            case INTERVAL -> "DECIMAL(21, 0)"; // Hibernate stores a Duration as nanoseconds
            case UUID -> "UUID";
            case JSON -> "JSON";
            case INET -> "VARBINARY(19)"; // Hibernate's InetAddress bytes: an IPv6 address and a scope
            case ARRAY -> throw new IllegalStateException("MySQL has no array columns; checkSupport reports it");
            case CUSTOM -> t.custom();
        };
    }

    /** The longest VARCHAR Hibernate writes on MariaDB (65535 bytes of utf8mb4); TEXT beyond. */
    static final int MAX_VARCHAR = 16_383;
    static final int MAX_VARBINARY = 65_535;

    /** Hibernate's text type for a length: the smallest that holds it. */
    private static String text(int length) {
        return length <= 255 ? "TINYTEXT" : length <= 65_535 ? "TEXT" : length <= 16_777_215 ? "MEDIUMTEXT" : "LONGTEXT";
    }

    private static String blob(int length) {
        return length <= 255 ? "TINYBLOB" : length <= 65_535 ? "BLOB" : length <= 16_777_215 ? "MEDIUMBLOB" : "LONGBLOB";
    }

    private static int fraction(ColumnType t) {
        return t.precision() == null ? 6 : t.precision();
    }

    // ---------------------------------------------------------------- tables

    private String createTable(Table table) {
        StringBuilder sql = new StringBuilder(banner(table));
        sql.append("CREATE TABLE ").append(qualified(table.name())).append(" (\n");
        List<String> updatedAt = table.triggers().stream().map(Trigger::column).toList();
        List<String> lines = new ArrayList<>();
        table.columns().forEach(c -> lines.add(columnDefinition(c, updatedAt)));
        if (table.primaryKey() != null) {
            lines.add("PRIMARY KEY (" + names(table.primaryKey().columns()) + ")");
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

    @Override
    protected String columnDefinition(Column c, Table table) {
        return columnDefinition(c, table != null && table.triggers().stream().anyMatch(t -> t.column().equals(c.name())));
    }

    private String columnDefinition(Column c, List<String> updatedAtColumns) {
        return columnDefinition(c, updatedAtColumns.contains(c.name()));
    }

    private String columnDefinition(Column c, boolean onUpdate) {
        StringBuilder sql = new StringBuilder(name(c.name())).append(' ').append(type(c.type()));
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

    // ---------------------------------------------------------------- indexes

    /** What PostgreSQL's CONCURRENTLY becomes: an online build that keeps reads and writes going. */
    private static final String ONLINE = "ALGORITHM=INPLACE, LOCK=NONE";

    /**
     * The stand-in indexes of foreign keys (the one InnoDB made, or one added when an index was
     * dropped) that the added index now covers: dropped with the add, as a fresh create has none.
     */
    private String standInsReplacedBy(Schema before, String table, Index added) {
        if (before == null) {
            return "";
        }
        Tracked tracked = new Tracked(before);
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
                sql.append(", DROP INDEX ").append(name(fk.name()));
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
    String indexClause(Index index) {
        String elements = index.elements().stream().map(this::indexElement).collect(Collectors.joining(", "));
        return (index.unique() ? "UNIQUE " : "") + "INDEX " + name(index.name()) + " (" + elements + ")"
                + (index.comment() == null ? "" : " COMMENT " + literal(index.comment()));
    }

    private String indexElement(IndexElement e) {
        return name(e.column()) + (e.descending() ? " DESC" : "");
    }

    /**
     * MySQL refuses to drop the index a foreign key needs. When no other index serves the key, the
     * same statement adds the index InnoDB would have made for it (named after the key); dropping
     * the key later drops that index too.
     */
    private String standInFor(Schema before, String table, Index dropped) {
        if (before == null) {
            return "";
        }
        Tracked tracked = new Tracked(before);
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

    private String modify(Schema before, Change change, String table, String column, UnaryOperator<Column> edit) {
        Tracked t = tracked(before, change);
        return modify(t, table, column, edit, t.updatedAt(table).contains(column));
    }

    private String modify(Schema before, Change change, String table, String column, UnaryOperator<Column> edit,
            boolean onUpdate) {
        return modify(tracked(before, change), table, column, edit, onUpdate);
    }

    private String modify(Tracked t, String table, String column, UnaryOperator<Column> edit, boolean onUpdate) {
        Column current = t.column(table, column);
        return alter(table, "MODIFY COLUMN " + columnDefinition(edit.apply(current), onUpdate));
    }

    /**
     * MySQL renames no constraint but a unique one (an index); a check or foreign key is dropped and
     * added again under the new name, and the primary key is always called PRIMARY.
     */
    private String renameConstraint(Change.RenameConstraint r, Tracked tracked) {
        Table table = tracked.table(r.table());
        if (table.primaryKey() != null && table.primaryKey().name().equals(r.from())) {
            return "-- the primary key of " + r.table() + " is always named PRIMARY in MySQL.";
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            if (u.name().equals(r.from())) {
                return alter(r.table(), "RENAME INDEX " + name(r.from()) + " TO " + name(r.to()));
            }
        }
        for (CheckConstraint c : table.checks()) {
            if (c.name().equals(r.from())) {
                return alter(r.table(), "DROP CONSTRAINT " + name(r.from()) + ", ADD "
                        + check(new CheckConstraint(r.to(), c.expression())));
            }
        }
        for (ForeignKey f : table.foreignKeys()) {
            if (f.name().equals(r.from())) {
                // the index InnoDB keeps for the key (named as it) follows, as a fresh create names it
                boolean standIn = tracked.hasIndex(r.table(), r.from());
                return alter(r.table(), "DROP FOREIGN KEY " + name(r.from()) + ", ADD " + foreignKey(new ForeignKey(r.to(),
                        f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete()))
                        + (standIn ? ", RENAME INDEX " + name(r.from()) + " TO " + name(r.to()) : ""));
            }
        }
        return "-- " + r.from() + " on " + r.table() + " was not written; nothing to rename.";
    }

    /** The schema before the change, with InnoDB's stand-in indexes: MySQL restates what it changes. */
    private static Tracked tracked(Schema before, Change change) {
        if (before == null) {
            throw new IllegalStateException("MySQL restates a whole column to change it: render " + change
                    + " with the schema before it");
        }
        return new Tracked(before);
    }
}
