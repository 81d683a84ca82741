package dev.tablesmith.dialect.sqlite;

import static dev.tablesmith.dialect.Sql.list;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.dialect.Sql;
import dev.tablesmith.diff.Change;
import dev.tablesmith.diff.SchemaChanges;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.PrimaryKey;
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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * SQLite, for Flyway with sqlite-jdbc and {@code PRAGMA foreign_keys = ON}, and for Hibernate's
 * community {@code SQLiteDialect} (its type names, its table-emulated sequences).
 *
 * <p>Constraints (key, uniques, checks, foreign keys) are written inside {@code CREATE TABLE} with
 * the model's names, since SQLite cannot add or drop them later. {@code ALTER TABLE} does only
 * renames, {@code ADD COLUMN} (with restrictions) and {@code DROP COLUMN}; every other change is the
 * table rebuild SQLite documents (lang_altertable.html, "other kinds of table schema changes"): a
 * new table with the definition after the change, the rows copied, the old table dropped, the new
 * one renamed, its indexes and trigger created again. The definition comes from the schema before
 * the change ({@link #render(Change, Schema)}), so a down file rebuilds as well as an up file.
 *
 * <p>A rebuild must run with foreign keys off (dropping the old table would otherwise run its
 * {@code ON DELETE CASCADE}s), and SQLite ignores {@code PRAGMA foreign_keys} inside a transaction.
 * So a rebuild is not transactional: it goes into its own Flyway version with
 * {@code executeInTransaction=false} and brings its own transaction, a {@code SAVEPOINT} (Flyway's
 * SQLite parser reads {@code BEGIN} as the start of a trigger body), which fails the migration
 * when any foreign key no longer holds.
 *
 * <p>Identity keys are {@code INTEGER PRIMARY KEY} without {@code AUTOINCREMENT}: such a column is
 * the rowid, which SQLite fills on insert, as Hibernate's own SQLite DDL expects. AUTOINCREMENT only
 * adds that ids of deleted rows at the top are never reused, for a {@code sqlite_sequence} lookup on
 * every insert (SQLite's docs advise against it when not needed), and a rebuild would lose its
 * counter anyway.
 */
public final class SqliteDialect implements Dialect {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String INDENT = "    ";
    /** Millisecond text timestamps, the form Flyway itself writes into its history table. */
    static final String NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')";
    private static final Pattern LITERAL = Pattern.compile(
            "[-+]?\\d+(\\.\\d+)?|'([^']|'')*'|(?i:true|false|null|current_timestamp|current_date|current_time)");
    private static final Pattern FULL_TEXT = Pattern.compile("(?i)\\bto_tsvector\\s*\\(");

    @Override
    public String id() {
        return "sqlite";
    }

    /**
     * SQLite keeps identifiers of any length intact: the only bound is the length of a statement
     * (SQLITE_MAX_SQL_LENGTH, 1,000,000,000 bytes by default). Any name a person writes fits.
     */
    @Override
    public int maxIdentifierLength() {
        return 1_000_000_000;
    }

    /**
     * A rebuild toggles {@code PRAGMA foreign_keys}, which SQLite ignores inside a transaction. A
     * down file runs the way its up file does, so a change whose inverse rebuilds is not
     * transactional either.
     */
    @Override
    public boolean isTransactional(Change change) {
        return !needsRebuild(change) && !needsRebuild(change.reverse()) && !dropsSelfRestricted(change)
                && !dropsSelfRestricted(change.reverse());
    }

    /**
     * DROP TABLE deletes the rows first, and a foreign key of the table to itself with ON DELETE
     * RESTRICT refuses that as soon as one row references another; only with foreign keys off
     * (outside a transaction) can such a table be dropped.
     */
    static boolean dropsSelfRestricted(Change change) {
        return change instanceof Change.DropTable d && d.definition().foreignKeys().stream()
                .anyMatch(fk -> fk.referencedTable().equals(d.definition().name())
                        && fk.onDelete() == ReferentialAction.RESTRICT);
    }

    @Override
    public String transactionNote(boolean transactional) {
        return transactional ? Dialect.super.transactionNote(true)
                : "-- Runs outside Flyway's transaction (executeInTransaction=false in its .conf file): a table rebuild\n"
                        + "-- turns foreign keys off, which SQLite ignores inside a transaction; each rebuild is its own "
                        + "SAVEPOINT.\n";
    }

    @Override
    public String render(Change change) {
        return render(change, null);
    }

    @Override
    public String render(Change change, Schema before) {
        if (needsRebuild(change)) {
            return rebuild(change, before);
        }
        if (change instanceof Change.CreateTable c) {
            return createTable(c.definition());
        }
        if (change instanceof Change.DropTable d) {
            String drop = "DROP TABLE IF EXISTS " + d.definition().name() + ";";
            return !dropsSelfRestricted(change) ? drop
                    : "-- " + d.definition().name() + "'s rows reference each other ON DELETE RESTRICT, which the drop's"
                            + " implicit delete would refuse:\n-- foreign keys are off for the drop.\n"
                            + "PRAGMA foreign_keys = OFF;\n" + drop + "\nPRAGMA foreign_keys = ON;";
        }
        if (change instanceof Change.RenameTable r) {
            // since SQLite 3.26 the foreign keys of other tables and the trigger bodies follow the new name
            return "ALTER TABLE " + r.from() + " RENAME TO " + r.to() + ";";
        }
        if (change instanceof Change.RenameIndex r) {
            Index index = requireTable(before, r.table(), change).indexes().stream()
                    .filter(i -> i.name().equals(r.from())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no index " + r.from() + " for " + change));
            return "-- SQLite cannot rename an index: it is created again under the new name.\n"
                    + "DROP INDEX IF EXISTS " + r.from() + ";\n" + createIndex(r.table(), index.withName(r.to()));
        }
        if (change instanceof Change.RenameTrigger r) {
            Trigger trigger = requireTable(before, r.table(), change).triggers().stream()
                    .filter(t -> t.name().equals(r.from())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no trigger " + r.from() + " for " + change));
            return "-- SQLite cannot rename a trigger: it is created again under the new name.\n"
                    + "DROP TRIGGER IF EXISTS " + r.from() + ";\n"
                    + createTrigger(r.table(), new Trigger(r.to(), trigger.column()));
        }
        if (change instanceof Change.RenameSequence r) {
            if (before != null && before.sequences().stream().noneMatch(q -> q.name().equals(r.from()))) {
                // the differ renames PostgreSQL's implicit <table>_<column>_seq of an identity too
                return "-- " + r.from() + " is an identity's sequence: SQLite's rowid has none to rename.";
            }
            return "ALTER TABLE " + r.from() + " RENAME TO " + r.to() + ";";
        }
        if (change instanceof Change.AddColumn a) {
            return "ALTER TABLE " + a.table() + " ADD COLUMN " + columnDefinition(a.column(), false) + ";";
        }
        if (change instanceof Change.DropColumn d) {
            // SQLite 3.35+; it refuses a column that a constraint, index or trigger still uses, which
            // the differ drops first with changes of their own
            return "ALTER TABLE " + d.table() + " DROP COLUMN " + d.column().name() + ";";
        }
        if (change instanceof Change.RenameColumn r) {
            // rewrites the column's name in indexes, checks, triggers and other tables' foreign keys
            return "ALTER TABLE " + r.table() + " RENAME COLUMN " + r.from() + " TO " + r.to() + ";";
        }
        if (change instanceof Change.SetTableComment || change instanceof Change.SetColumnComment
                || change instanceof Change.SetIndexComment) {
            // no COMMENT ON: comments are -- lines in CREATE TABLE, written from the model at every (re)build
            return "";
        }
        if (change instanceof Change.AddIndex a) {
            return createIndex(a.table(), a.index());
        }
        if (change instanceof Change.DropIndex d) {
            return "DROP INDEX IF EXISTS " + d.index().name() + ";";
        }
        if (change instanceof Change.ValidateConstraint v) {
            return "-- " + v.constraint() + " was checked against every row when its table was rebuilt.";
        }
        if (change instanceof Change.AddExclusion || change instanceof Change.DropExclusion) {
            return "-- SQLite has no exclusion constraints (reported when compiling).";
        }
        if (change instanceof Change.CreateTrigger t) {
            return createTrigger(t.table(), t.trigger());
        }
        if (change instanceof Change.DropTrigger t) {
            return "DROP TRIGGER IF EXISTS " + t.trigger().name() + ";";
        }
        if (change instanceof Change.CreateSequence s) {
            return createSequence(s.sequence());
        }
        if (change instanceof Change.DropSequence s) {
            return "DROP TABLE IF EXISTS " + s.sequence().name() + ";";
        }
        if (change instanceof Change.AlterSequence s) {
            return "-- " + s.to().name() + ": Hibernate's table generator keeps only next_val; the increment"
                    + " (allocation size " + s.to().increment() + ") lives in the entity.";
        }
        if (change instanceof Change.CreateUpdatedAtFunction || change instanceof Change.DropUpdatedAtFunction) {
            return ""; // each SQLite trigger carries its own body
        }
        if (change instanceof Change.SetDeprecated d) {
            return Sql.deprecationNote(d);
        }
        if (change instanceof Change.NoOp) {
            return "";
        }
        throw new IllegalArgumentException("no SQL for " + change);
    }

    /**
     * Hibernate's SQLiteDialect names, so its validator and its own DDL agree: {@code float} for
     * both floating types, {@code clob} for long text, {@code timestamp} without precision, {@code blob} for binary and UUID,
     * {@code numeric(21,0)} for a Duration. SQLite reads affinity from these names.
     */
    @Override
    public String type(ColumnType t) {
        return switch (t.kind()) {
            case BOOLEAN -> "BOOLEAN";
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case REAL, DOUBLE -> "FLOAT";
            case DECIMAL -> "NUMERIC(" + t.precision() + ", " + t.scale() + ")";
            case CHAR -> "CHAR(" + t.length() + ")";
            case VARCHAR -> "VARCHAR(" + t.length() + ")";
            // TEXT is Hibernate's LONG32VARCHAR, which its SQLiteDialect names clob (TEXT affinity all the same)
            case TEXT, CLOB -> "CLOB";
            case BINARY, BLOB, UUID, ARRAY -> "BLOB";
            case DATE -> "DATE";
            case TIME, TIME_TZ -> t.precision() == null ? "TIME" : "TIME(" + t.precision() + ")";
            case TIMESTAMP, TIMESTAMP_TZ -> "TIMESTAMP";
            case INTERVAL -> "NUMERIC(21, 0)";
            case JSON -> "JSON";
            case CUSTOM -> t.custom();
        };
    }

    @Override
    public void checkSupport(SchemaContext context, Consumer<Finding> report) {
        SqliteSupport.check(context, report);
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
        sql.append(tableDefinition(table, table.name()));
        if (!table.indexes().isEmpty()) {
            sql.append("\n\n-- Indexes");
            table.indexes().forEach(i -> sql.append('\n').append(createIndex(table.name(), i)));
        }
        for (Trigger trigger : table.triggers()) {
            sql.append("\n\n-- Triggers\n").append(createTrigger(table.name(), trigger));
        }
        return sql.toString();
    }

    /**
     * {@code CREATE TABLE}; comments are {@code --} lines inside it, so SQLite keeps them with the
     * table's text in {@code sqlite_master}.
     */
    private String tableDefinition(Table table, String name) {
        List<String> parts = new ArrayList<>();
        for (Column c : table.columns()) {
            String definition = columnDefinition(c, isRowid(table, c));
            parts.add(c.comment() == null ? definition
                    : "-- " + c.name() + ": " + oneLine(c.comment()) + "\n" + INDENT + definition);
        }
        if (table.primaryKey() != null) {
            parts.add(primaryKey(table.primaryKey()));
        }
        table.foreignKeys().forEach(f -> parts.add(foreignKey(f)));
        table.uniqueConstraints().forEach(u -> parts.add(unique(u)));
        table.checks().forEach(c -> parts.add(check(c)));
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name).append(" (\n");
        if (table.comment() != null) {
            sql.append(INDENT).append("-- ").append(table.name()).append(": ").append(oneLine(table.comment())).append('\n');
        }
        sql.append(INDENT).append(String.join(",\n" + INDENT, parts)).append("\n);");
        return sql.toString();
    }

    /** An identity key is the rowid: declared exactly {@code INTEGER}, the table's only key column. */
    private static boolean isRowid(Table table, Column c) {
        return c.identity() == Column.Identity.BY_DEFAULT && table.primaryKey() != null
                && table.primaryKey().columns().equals(List.of(c.name()));
    }

    private String columnDefinition(Column c, boolean rowid) {
        if (rowid) {
            return c.name() + " INTEGER"; // NULL on insert means: the next rowid
        }
        StringBuilder sql = new StringBuilder(c.name()).append(' ').append(type(c.type()));
        if (!c.nullable()) {
            sql.append(" NOT NULL");
        }
        if (c.defaultValue() != null) {
            sql.append(" DEFAULT ").append(defaultValue(c.defaultValue()));
        }
        return sql.toString();
    }

    /**
     * SQLite takes a literal or a parenthesised expression after DEFAULT; {@code now()} (the
     * standard timestamps' default) has no SQLite function and becomes the millisecond text time.
     */
    static String defaultValue(String sql) {
        String d = sql.trim();
        if (d.equalsIgnoreCase("now()") || d.equalsIgnoreCase("current_timestamp")
                || d.equalsIgnoreCase("clock_timestamp()") || d.equalsIgnoreCase("statement_timestamp()")) {
            return "(" + NOW + ")";
        }
        return LITERAL.matcher(d).matches() ? d : "(" + d + ")";
    }

    private static String primaryKey(PrimaryKey pk) {
        return "CONSTRAINT " + pk.name() + " PRIMARY KEY (" + list(pk.columns()) + ")";
    }

    private static String foreignKey(ForeignKey fk) {
        String sql = "CONSTRAINT " + fk.name() + " FOREIGN KEY (" + list(fk.columns()) + ") REFERENCES "
                + fk.referencedTable() + " (" + list(fk.referencedColumns()) + ")";
        return fk.onDelete() == ReferentialAction.NO_ACTION ? sql : sql + " ON DELETE " + fk.onDelete().sql();
    }

    private static String unique(UniqueConstraint u) {
        return "CONSTRAINT " + u.name() + " UNIQUE (" + list(u.columns()) + ")";
    }

    private static String check(CheckConstraint c) {
        return "CONSTRAINT " + c.name() + " CHECK (" + c.expression() + ")";
    }

    // ---------------------------------------------------------------- indexes, triggers, sequences

    /**
     * SQLite has one index kind: GIN/GiST/BRIN/hash methods, operator classes, INCLUDE columns and
     * NULLS FIRST/LAST are left out (checkSupport warns). A full-text index has no SQLite form.
     */
    static String createIndex(String table, Index index) {
        String reason = index.comment() == null ? "" : "-- " + index.name() + ": " + oneLine(index.comment()) + "\n";
        return reason + indexStatement(table, index);
    }

    private static String indexStatement(String table, Index index) {
        if (isFullText(index)) {
            return "-- " + index.name() + " is a full-text index, which SQLite cannot build (reported when compiling).";
        }
        StringBuilder sql = new StringBuilder("CREATE ");
        if (index.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ").append(index.name()).append(" ON ").append(table).append(" (");
        List<String> elements = new ArrayList<>();
        for (IndexElement e : index.elements()) {
            elements.add((e.column() != null ? e.column() : "(" + e.expression().trim() + ")")
                    + (e.descending() ? " DESC" : ""));
        }
        sql.append(String.join(", ", elements)).append(')');
        if (index.where() != null) {
            sql.append(" WHERE ").append(index.where());
        }
        return sql.append(';').toString();
    }

    static boolean isFullText(Index index) {
        return index.elements().stream().anyMatch(e -> e.expression() != null && FULL_TEXT.matcher(e.expression()).find());
    }

    /**
     * Sets the column after each UPDATE that left it unchanged. The inner UPDATE does not fire the
     * trigger again while {@code recursive_triggers} is off (the default); the WHEN clause also stops
     * it when that pragma is on, and leaves a value the application set itself alone.
     */
    private static String createTrigger(String table, Trigger trigger) {
        String column = trigger.column();
        return "CREATE TRIGGER " + trigger.name() + "\n"
                + INDENT + "AFTER UPDATE ON " + table + "\n"
                + INDENT + "FOR EACH ROW\n"
                + INDENT + "WHEN NEW." + column + " IS OLD." + column + "\n"
                + "BEGIN\n"
                + INDENT + "UPDATE " + table + " SET " + column + " = " + NOW + " WHERE rowid = NEW.rowid;\n"
                + "END;";
    }

    /**
     * SQLite has no sequences; Hibernate's SQLiteDialect then keeps a sequence generator's next
     * value in a one-row table of the sequence's name (its table generator), which this creates.
     */
    private static String createSequence(Sequence s) {
        return "-- Hibernate's table-backed sequence (SQLite has no sequences)\n"
                + "CREATE TABLE " + s.name() + " (\n" + INDENT + "next_val BIGINT\n);\n"
                + "INSERT INTO " + s.name() + " VALUES (" + s.start() + ");";
    }

    // ---------------------------------------------------------------- rebuild

    /** The changes SQLite's ALTER TABLE cannot make in place. */
    static boolean needsRebuild(Change change) {
        if (change instanceof Change.AddColumn a) {
            return !canAddColumn(a.column());
        }
        return change instanceof Change.AlterColumnType || change instanceof Change.SetNotNull
                || change instanceof Change.SetDefault || change instanceof Change.AddPrimaryKey
                || change instanceof Change.DropPrimaryKey || change instanceof Change.AddUnique
                || change instanceof Change.AddUniqueUsingIndex || change instanceof Change.DropUnique
                || change instanceof Change.AddCheck || change instanceof Change.DropCheck
                || change instanceof Change.AddForeignKey || change instanceof Change.DropForeignKey
                // constraint names live only in the CREATE TABLE text
                || change instanceof Change.RenameConstraint;
    }

    /**
     * ADD COLUMN takes no NOT NULL without a default, and no default that is an expression or the
     * current time (lang_altertable.html). An identity column cannot be added at all.
     */
    private static boolean canAddColumn(Column c) {
        if (c.identity() != Column.Identity.NONE) {
            return false;
        }
        if (c.defaultValue() == null) {
            return c.nullable();
        }
        String d = defaultValue(c.defaultValue());
        return !d.startsWith("(") && !d.toLowerCase(Locale.ROOT).startsWith("current_");
    }

    /**
     * The table rebuild: the definition after the change under a temporary name, the rows of the
     * columns both definitions have, the old table dropped (with its indexes and trigger), the new
     * one renamed, its indexes and trigger created. Foreign keys are off for the drop (it would
     * cascade to child rows) and checked as a whole before the savepoint is released.
     */
    private String rebuild(Change change, Schema before) {
        Table old = requireTable(before, change.table(), change);
        Table next = SchemaChanges.apply(before, change).table(change.table())
                .orElseThrow(() -> new IllegalStateException("table " + change.table() + " vanished in " + change));
        String name = next.name();
        String temporary = name + "__rebuild";
        List<String> copied = next.columns().stream().map(Column::name).filter(old::hasColumn).toList();
        StringBuilder sql = new StringBuilder();
        sql.append("-- ").append(change.description()).append(": SQLite cannot do this with ALTER TABLE, so ")
                .append(name).append(" is rebuilt\n");
        sql.append("-- (sqlite.org/lang_altertable.html#otheralter); foreign keys are off meanwhile, then checked.\n");
        sql.append("PRAGMA foreign_keys = OFF;\n");
        sql.append("SAVEPOINT rebuild_").append(name).append(";\n");
        sql.append(tableDefinition(next, temporary)).append('\n');
        if (!copied.isEmpty()) {
            sql.append("INSERT INTO ").append(temporary).append(" (").append(list(copied)).append(")\n")
                    .append(INDENT).append("SELECT ").append(list(copied)).append(" FROM ").append(name).append(";\n");
        }
        sql.append("DROP TABLE ").append(name).append(";\n");
        sql.append("ALTER TABLE ").append(temporary).append(" RENAME TO ").append(name).append(";\n");
        for (Index index : next.indexes()) {
            sql.append(createIndex(name, index)).append('\n');
        }
        for (Trigger trigger : next.triggers()) {
            sql.append(createTrigger(name, trigger)).append('\n');
        }
        sql.append("-- any row whose foreign key no longer holds fails this CHECK, and with it the migration\n");
        sql.append("CREATE TEMP TABLE tablesmith_fk_violations (violations INTEGER CHECK (violations = 0));\n");
        sql.append("INSERT INTO tablesmith_fk_violations SELECT count(*) FROM pragma_foreign_key_check;\n");
        sql.append("DROP TABLE tablesmith_fk_violations;\n");
        sql.append("RELEASE rebuild_").append(name).append(";\n");
        sql.append("PRAGMA foreign_keys = ON;");
        return sql.toString();
    }

    private static Table requireTable(Schema before, String table, Change change) {
        if (before == null) {
            throw new IllegalStateException("SQLite needs the schema before " + change
                    + " to rebuild its table; render it with Dialect.render(Change, Schema)");
        }
        Optional<Table> t = before.table(table);
        return t.orElseThrow(() -> new IllegalStateException("no table " + table + " before " + change));
    }

    private static String oneLine(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }
}
