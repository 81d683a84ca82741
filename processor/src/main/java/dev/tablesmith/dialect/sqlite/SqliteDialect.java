package dev.tablesmith.dialect.sqlite;


import dev.tablesmith.dialect.SqlDialect;
import dev.tablesmith.diff.Change;
import dev.tablesmith.diff.SchemaChanges;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.QualifierSupport;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.safety.SqlEngine;
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
public final class SqliteDialect extends SqlDialect {
    /** Millisecond text timestamps, the form Flyway itself writes into its history table. */
    static final String NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')";
    private static final Pattern LITERAL = Pattern.compile(
            "[-+]?\\d+(\\.\\d+)?|'([^']|'')*'|(?i:true|false|null|current_timestamp|current_date|current_time)");
    private static final Pattern FULL_TEXT = Pattern.compile("(?i)\\bto_tsvector\\s*\\(");

    @Override
    public String id() {
        return "sqlite";
    }

    @Override
    public QualifierSupport qualifierSupport() {
        return QualifierSupport.NONE;
    }

    @Override
    public SqlEngine engine() {
        return SqlEngine.SQLITE;
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
        return transactional ? super.transactionNote(true)
                : "-- Runs outside Flyway's transaction (executeInTransaction=false in its .conf file): a table rebuild\n"
                        + "-- turns foreign keys off, which SQLite ignores inside a transaction; each rebuild is its own "
                        + "SAVEPOINT.\n";
    }

    /**
     * A type change is one of the changes SQLite's ALTER TABLE cannot make: the table is rebuilt,
     * every row copied into a new table while the database's write lock is held.
     */
    @Override
    public Optional<String> tableRewrite(ColumnType from, ColumnType to) {
        return from.equals(to) ? Optional.empty()
                : Optional.of("rebuilds the whole table (every row copied) holding the database's write lock");
    }

    @Override
    public String createTable(Change.CreateTable c, Schema before) {
        return createTable(c.definition()) + rows(c.definition());
    }

    /** Unreachable: the reader refuses a namespace when SQLite is a target. */
    @Override
    public String moveTable(Change.MoveTable m, Schema before) {
        throw new IllegalStateException("SQLite has no schemas to move " + m.from() + " to " + m.to());
    }

    @Override
    public String dropTable(Change.DropTable d, Schema before) {
        String drop = super.dropTable(d, before);
        return !dropsSelfRestricted(d) ? drop
                : "-- " + d.definition().name() + "'s rows reference each other ON DELETE RESTRICT, which the drop's"
                        + " implicit delete would refuse:\n-- foreign keys are off for the drop.\n"
                        + "PRAGMA foreign_keys = OFF;\n" + drop + "\nPRAGMA foreign_keys = ON;";
    }

    // since SQLite 3.26 a table rename carries the foreign keys of other tables and the trigger bodies

    @Override
    public String renameConstraint(Change.RenameConstraint r, Schema before) {
        return rebuild(r, before); // constraint names live only in the CREATE TABLE text
    }

    @Override
    public String renameIndex(Change.RenameIndex r, Schema before) {
        Index index = requireTable(before, r.table(), r).indexes().stream()
                .filter(i -> i.name().equals(r.from())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no index " + r.from() + " for " + r));
        return "-- SQLite cannot rename an index: it is created again under the new name.\n"
                + "DROP INDEX IF EXISTS " + name(r.from()) + ";\n" + createIndex(r.table(), index.withName(r.to()));
    }

    @Override
    public String renameTrigger(Change.RenameTrigger r, Schema before) {
        Trigger trigger = requireTable(before, r.table(), r).triggers().stream()
                .filter(t -> t.name().equals(r.from())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no trigger " + r.from() + " for " + r));
        return "-- SQLite cannot rename a trigger: it is created again under the new name.\n"
                + "DROP TRIGGER IF EXISTS " + name(r.from()) + ";\n"
                + createTrigger(r.table(), new Trigger(r.to(), trigger.column()));
    }

    @Override
    public String renameSequence(Change.RenameSequence r, Schema before) {
        if (before != null && before.sequences().stream().noneMatch(q -> q.name().equals(r.from()))) {
            // the differ renames PostgreSQL's implicit <table>_<column>_seq of an identity too
            return "-- " + r.from() + " is an identity's sequence: SQLite's rowid has none to rename.";
        }
        return alter(r.from(), "RENAME TO " + name(r.to()));
    }

    @Override
    public String addColumn(Change.AddColumn a, Schema before) {
        return canAddColumn(a.column()) ? super.addColumn(a, before) : rebuild(a, before);
    }

    // DROP COLUMN needs SQLite 3.35+; it refuses a column that a constraint, index or trigger still
    // uses, which the differ drops first. RENAME COLUMN rewrites the name in indexes, checks, triggers
    // and other tables' foreign keys.

    @Override
    public String alterColumnType(Change.AlterColumnType t, Schema before) {
        return rebuild(t, before);
    }

    @Override
    public String setNotNull(Change.SetNotNull n, Schema before) {
        return rebuild(n, before);
    }

    @Override
    public String setDefault(Change.SetDefault d, Schema before) {
        return rebuild(d, before);
    }

    // no COMMENT ON: comments are -- lines in CREATE TABLE, written from the model at every (re)build

    @Override
    public String setTableComment(Change.SetTableComment c, Schema before) {
        return "";
    }

    @Override
    public String setColumnComment(Change.SetColumnComment c, Schema before) {
        return "";
    }

    @Override
    public String setIndexComment(Change.SetIndexComment c, Schema before) {
        return "";
    }

    @Override
    public String addIndex(Change.AddIndex a, Schema before) {
        return createIndex(a.table(), a.index());
    }

    @Override
    public String dropIndex(Change.DropIndex d, Schema before) {
        return "DROP INDEX IF EXISTS " + name(d.index().name()) + ";";
    }

    @Override
    public String addPrimaryKey(Change.AddPrimaryKey p, Schema before) {
        return rebuild(p, before);
    }

    @Override
    public String dropPrimaryKey(Change.DropPrimaryKey p, Schema before) {
        return rebuild(p, before);
    }

    @Override
    public String addUnique(Change.AddUnique u, Schema before) {
        return rebuild(u, before);
    }

    @Override
    public String addUniqueUsingIndex(Change.AddUniqueUsingIndex u, Schema before) {
        return rebuild(u, before);
    }

    @Override
    public String dropUnique(Change.DropUnique u, Schema before) {
        return rebuild(u, before);
    }

    @Override
    public String addCheck(Change.AddCheck c, Schema before) {
        return rebuild(c, before);
    }

    @Override
    public String dropCheck(Change.DropCheck c, Schema before) {
        return rebuild(c, before);
    }

    @Override
    public String addForeignKey(Change.AddForeignKey f, Schema before) {
        return rebuild(f, before);
    }

    @Override
    public String dropForeignKey(Change.DropForeignKey f, Schema before) {
        return rebuild(f, before);
    }

    @Override
    public String validateConstraint(Change.ValidateConstraint v, Schema before) {
        return "-- " + v.constraint() + " was checked against every row when its table was rebuilt.";
    }

    @Override
    public String addExclusion(Change.AddExclusion e, Schema before) {
        return "-- SQLite has no exclusion constraints (reported when compiling).";
    }

    @Override
    public String dropExclusion(Change.DropExclusion e, Schema before) {
        return "-- SQLite has no exclusion constraints (reported when compiling).";
    }

    @Override
    public String createTrigger(Change.CreateTrigger t, Schema before) {
        return createTrigger(t.table(), t.trigger());
    }

    @Override
    public String dropTrigger(Change.DropTrigger t, Schema before) {
        return "DROP TRIGGER IF EXISTS " + name(t.trigger().name()) + ";";
    }

    @Override
    public String dropSequence(Change.DropSequence s, Schema before) {
        return "DROP TABLE IF EXISTS " + name(s.sequence().name()) + ";";
    }

    @Override
    public String alterSequence(Change.AlterSequence s, Schema before) {
        return "-- " + s.to().name() + ": Hibernate's table generator keeps only next_val; the increment"
                + " (allocation size " + s.to().increment() + ") lives in the entity.";
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
            case TINYINT -> "TINYINT";
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case REAL, DOUBLE -> "FLOAT";
            case DECIMAL -> "NUMERIC(" + t.precision() + ", " + t.scale() + ")";
            case CHAR -> "CHAR(" + t.length() + ")";
            case VARCHAR -> "VARCHAR(" + t.length() + ")";
            // TEXT is Hibernate's LONG32VARCHAR, which its SQLiteDialect names clob (TEXT affinity all the same)
            case TEXT, CLOB -> "CLOB";
            case BINARY, FIXED_BINARY, BLOB, UUID, ARRAY, INET -> "BLOB";
            case XML -> "CLOB";
            case DATE -> "DATE";
            case TIME, TIME_TZ -> t.precision() == null ? "TIME" : "TIME(" + t.precision() + ")";
            case TIMESTAMP, TIMESTAMP_TZ -> "TIMESTAMP";
            case INTERVAL -> "NUMERIC(21, 0)";
            // Hibernate's SQLiteDialect stores JSON as clob, and its validator wants that name
            case JSON -> "CLOB";
            case CUSTOM -> t.custom();
        };
    }

    @Override
    public void checkSupport(Schema schema, SourceMap sources, Consumer<Finding> report) {
        SqliteSupport.check(schema, sources, report);
    }

    // ---------------------------------------------------------------- tables

    private String createTable(Table table) {
        StringBuilder sql = new StringBuilder(banner(table));
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
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name(name)).append(" (\n");
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

    @Override
    protected String columnDefinition(Column c, Table table) {
        return columnDefinition(c, false); // an added column is never the rowid
    }

    private String columnDefinition(Column c, boolean rowid) {
        if (rowid) {
            return name(c.name()) + " INTEGER"; // NULL on insert means: the next rowid
        }
        StringBuilder sql = new StringBuilder(name(c.name())).append(' ').append(type(c.type()));
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

    // ---------------------------------------------------------------- indexes, triggers, sequences

    /**
     * SQLite has one index kind: GIN/GiST/BRIN/hash methods, operator classes, INCLUDE columns and
     * NULLS FIRST/LAST are left out (checkSupport warns). A full-text index has no SQLite form.
     */
    String createIndex(String table, Index index) {
        String reason = index.comment() == null ? "" : "-- " + index.name() + ": " + oneLine(index.comment()) + "\n";
        return reason + indexStatement(table, index);
    }

    private String indexStatement(String table, Index index) {
        if (isFullText(index)) {
            return "-- " + index.name() + " is a full-text index, which SQLite cannot build (reported when compiling).";
        }
        StringBuilder sql = new StringBuilder("CREATE ");
        if (index.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ").append(name(index.name())).append(" ON ").append(name(table)).append(" (");
        List<String> elements = new ArrayList<>();
        for (IndexElement e : index.elements()) {
            elements.add((e.column() != null ? name(e.column()) : "(" + e.expression().trim() + ")")
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
    private String createTrigger(String table, Trigger trigger) {
        String column = name(trigger.column());
        return "CREATE TRIGGER " + name(trigger.name()) + "\n"
                + INDENT + "AFTER UPDATE ON " + name(table) + "\n"
                + INDENT + "FOR EACH ROW\n"
                + INDENT + "WHEN NEW." + column + " IS OLD." + column + "\n"
                + "BEGIN\n"
                + INDENT + "UPDATE " + name(table) + " SET " + column + " = " + NOW + " WHERE rowid = NEW.rowid;\n"
                + "END;";
    }

    /**
     * SQLite has no sequences; Hibernate's SQLiteDialect then keeps a sequence generator's next
     * value in a one-row table of the sequence's name (its table generator), which this creates.
     */
    @Override
    protected String createSequence(Sequence s) {
        return "-- Hibernate's table-backed sequence (SQLite has no sequences)\n"
                + "CREATE TABLE " + name(s.name()) + " (\n" + INDENT + "next_val BIGINT\n);\n"
                + "INSERT INTO " + name(s.name()) + " VALUES (" + s.start() + ");";
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
        sql.append("SAVEPOINT ").append(name("rebuild_" + name)).append(";\n");
        sql.append(tableDefinition(next, temporary)).append('\n');
        if (!copied.isEmpty()) {
            sql.append("INSERT INTO ").append(name(temporary)).append(" (").append(names(copied)).append(")\n")
                    .append(INDENT).append("SELECT ").append(names(copied)).append(" FROM ").append(name(name)).append(";\n");
        }
        sql.append("DROP TABLE ").append(name(name)).append(";\n");
        sql.append(alter(temporary, "RENAME TO " + name(name))).append('\n');
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
        sql.append("RELEASE ").append(name("rebuild_" + name)).append(";\n");
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

}
