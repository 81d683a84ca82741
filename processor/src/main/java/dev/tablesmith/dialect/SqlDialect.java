package dev.tablesmith.dialect;

import dev.tablesmith.diff.Change;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.safety.Identifiers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL every dialect shares, written once: the table banner, constraint clauses, and the
 * statements standard SQL has (PostgreSQL writes them as they are). A dialect extends it and states
 * only what differs. It handles every {@link Change} kind through {@link Change.Visitor}: the kinds
 * without a standard form are abstract here, so a new kind is a compile error in every dialect
 * until each says how to write it.
 *
 * <p>Every identifier goes through {@link #name(String)}, the one place a dialect quotes.
 */
public abstract class SqlDialect implements Dialect, Change.Visitor<String, Schema> {
    protected static final String INDENT = "    ";

    @Override
    public final String render(Change change, Schema before) {
        return change.accept(this, before);
    }

    /** The column definition inside {@code CREATE TABLE} and {@code ADD COLUMN}. */
    protected abstract String columnDefinition(Column column, Table table);

    // ---------------------------------------------------------------- building blocks

    /**
     * An identifier as this database reads it: bare when it is a plain identifier
     * ({@link Identifiers}) that this database does not reserve, else quoted
     * ({@link #quote(String)}). Every name was checked as a plain identifier before anything is
     * written, so the quotes only keep a reserved word kept with {@code @Allow} a name. A
     * mixed-case name stays bare, as Hibernate writes it when it does not quote identifiers:
     * PostgreSQL folds it to lower case for both, so its DDL, its queries and its validator agree.
     */
    protected String name(String identifier) {
        return Identifiers.isPlain(identifier) && !engine().reserves(identifier) ? identifier : quote(identifier);
    }

    /** The identifier in this database's quotes, any quote in it doubled (standard SQL's double quotes). */
    protected String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A string literal holding exactly the text, as this database reads it. */
    protected final String literal(String text) {
        return Sql.literal(text, engine());
    }

    /** Identifiers, comma-separated. */
    protected final String names(List<String> identifiers) {
        return identifiers.stream().map(this::name).collect(Collectors.joining(", "));
    }

    /** {@code ALTER TABLE <table> <action>;} */
    protected final String alter(String table, String action) {
        return "ALTER TABLE " + name(table) + " " + action + ";";
    }

    /** The handbook template's block comment above a table: its name and description. */
    protected static String banner(Table table) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- --------------------------------------------\n");
        sql.append("-- Table: ").append(Sql.commentLine(table.name())).append('\n');
        if (table.comment() != null) {
            sql.append("-- Description: ").append(oneLine(table.comment())).append('\n');
        }
        return sql.append("-- --------------------------------------------\n").toString();
    }

    protected String primaryKey(PrimaryKey pk) {
        return "CONSTRAINT " + name(pk.name()) + " PRIMARY KEY (" + names(pk.columns()) + ")";
    }

    protected String foreignKey(ForeignKey fk) {
        String sql = "CONSTRAINT " + name(fk.name()) + " FOREIGN KEY (" + names(fk.columns()) + ") REFERENCES "
                + name(fk.referencedTable()) + " (" + names(fk.referencedColumns()) + ")";
        return fk.onDelete() == ReferentialAction.NO_ACTION ? sql : sql + " ON DELETE " + fk.onDelete().sql();
    }

    protected String unique(UniqueConstraint u) {
        return "CONSTRAINT " + name(u.name()) + " UNIQUE (" + names(u.columns()) + ")";
    }

    protected String check(CheckConstraint c) {
        return "CONSTRAINT " + name(c.name()) + " CHECK (" + c.expression() + ")";
    }

    protected String createSequence(Sequence s) {
        return "CREATE SEQUENCE " + name(s.name()) + " START WITH " + s.start() + " INCREMENT BY " + s.increment()
                + ";";
    }

    /** Text on one line, for {@code --} comments: no line break or control character can end the comment. */
    protected static String oneLine(String text) {
        return Sql.commentLine(text);
    }

    // ---------------------------------------------------------------- statements standard SQL has

    @Override
    public String dropTable(Change.DropTable d, Schema before) {
        return "DROP TABLE IF EXISTS " + name(d.definition().name()) + ";";
    }

    @Override
    public String renameTable(Change.RenameTable r, Schema before) {
        return alter(r.from(), "RENAME TO " + name(r.to()));
    }

    @Override
    public String addColumn(Change.AddColumn a, Schema before) {
        return alter(a.table(), "ADD COLUMN " + columnDefinition(a.column(), before == null ? null
                : before.table(a.table()).orElse(null)));
    }

    @Override
    public String dropColumn(Change.DropColumn d, Schema before) {
        return alter(d.table(), "DROP COLUMN " + name(d.column().name()));
    }

    @Override
    public String renameColumn(Change.RenameColumn r, Schema before) {
        return alter(r.table(), "RENAME COLUMN " + name(r.from()) + " TO " + name(r.to()));
    }

    @Override
    public String addPrimaryKey(Change.AddPrimaryKey p, Schema before) {
        return alter(p.table(), "ADD " + primaryKey(p.key()));
    }

    @Override
    public String addUnique(Change.AddUnique u, Schema before) {
        return alter(u.table(), "ADD " + unique(u.unique()));
    }

    @Override
    public String addCheck(Change.AddCheck c, Schema before) {
        return alter(c.table(), "ADD " + check(c.check()));
    }

    @Override
    public String addForeignKey(Change.AddForeignKey f, Schema before) {
        return alter(f.table(), "ADD " + foreignKey(f.foreignKey()));
    }

    @Override
    public String createSequence(Change.CreateSequence s, Schema before) {
        return createSequence(s.sequence());
    }

    @Override
    public String dropSequence(Change.DropSequence s, Schema before) {
        return "DROP SEQUENCE IF EXISTS " + name(s.sequence().name()) + ";";
    }

    @Override
    public String alterSequence(Change.AlterSequence s, Schema before) {
        return "ALTER SEQUENCE " + name(s.to().name()) + " INCREMENT BY " + s.to().increment()
                + " START WITH " + s.to().start() + ";";
    }

    /**
     * Deprecation changes nothing in the database (the column was made nullable by its own change):
     * a comment line records it in the migration.
     */
    @Override
    public String setDeprecated(Change.SetDeprecated d, Schema before) {
        String what = d.column() == null ? "table " + d.table() : "column " + d.table() + "." + d.column();
        return d.deprecated() ? "-- " + what + " is deprecated: a later migration may drop it."
                : "-- " + what + " is no longer deprecated.";
    }

    @Override
    public String noOp(Change.NoOp n, Schema before) {
        return "";
    }
}
