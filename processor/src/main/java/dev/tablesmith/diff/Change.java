package dev.tablesmith.diff;

import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.Row;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;

/**
 * One schema change. {@link #reverse()} gives the change that undoes it; {@link #table()} the table
 * it locks (null for schema-level objects); {@link #description()} a short snake_case phrase used
 * to name the migration ({@code create_users}, {@code add_users_phone}).
 */
public sealed interface Change {
    Change reverse();

    String table();

    String description();

    /** Calls the visitor's method for this kind. */
    <R, A> R accept(Visitor<R, A> visitor, A arg);

    /**
     * One method per change kind, so that every consumer handles every kind: a new kind is a compile
     * error wherever it is not handled yet.
     *
     * @param <R> what the visit returns
     * @param <A> what it is given (the schema before the change, for a dialect)
     */
    interface Visitor<R, A> {
        R createTable(CreateTable c, A arg);

        R dropTable(DropTable c, A arg);

        R renameTable(RenameTable c, A arg);

        R moveTable(MoveTable c, A arg);

        R renameConstraint(RenameConstraint c, A arg);

        R renameIndex(RenameIndex c, A arg);

        R renameTrigger(RenameTrigger c, A arg);

        R renameSequence(RenameSequence c, A arg);

        R addColumn(AddColumn c, A arg);

        R dropColumn(DropColumn c, A arg);

        R renameColumn(RenameColumn c, A arg);

        R alterColumnType(AlterColumnType c, A arg);

        R setNotNull(SetNotNull c, A arg);

        R setDefault(SetDefault c, A arg);

        R setTableComment(SetTableComment c, A arg);

        R setColumnComment(SetColumnComment c, A arg);

        R addIndex(AddIndex c, A arg);

        R dropIndex(DropIndex c, A arg);

        R setIndexComment(SetIndexComment c, A arg);

        R addPrimaryKey(AddPrimaryKey c, A arg);

        R dropPrimaryKey(DropPrimaryKey c, A arg);

        R addUnique(AddUnique c, A arg);

        R dropUnique(DropUnique c, A arg);

        R addUniqueUsingIndex(AddUniqueUsingIndex c, A arg);

        R addCheck(AddCheck c, A arg);

        R dropCheck(DropCheck c, A arg);

        R addForeignKey(AddForeignKey c, A arg);

        R dropForeignKey(DropForeignKey c, A arg);

        R validateConstraint(ValidateConstraint c, A arg);

        R addExclusion(AddExclusion c, A arg);

        R dropExclusion(DropExclusion c, A arg);

        R createTrigger(CreateTrigger c, A arg);

        R dropTrigger(DropTrigger c, A arg);

        R createSequence(CreateSequence c, A arg);

        R dropSequence(DropSequence c, A arg);

        R alterSequence(AlterSequence c, A arg);

        R setDeprecated(SetDeprecated c, A arg);

        R insertRow(InsertRow c, A arg);

        R deleteRow(DeleteRow c, A arg);

        R noOp(NoOp c, A arg);
    }

    /** {@code CREATE TABLE} with columns, key, checks, uniques, exclusions and foreign keys; then its indexes, trigger and comments. */
    record CreateTable(Table definition) implements Change {
        public Change reverse() { return new DropTable(definition); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.createTable(this, arg); }
        public String table() { return definition.name(); }
        public String description() { return "create_" + definition.name(); }
    }

    /** {@code DROP TABLE}; keeps the definition so the reverse can recreate it. */
    record DropTable(Table definition) implements Change {
        public Change reverse() { return new CreateTable(definition); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.dropTable(this, arg); }
        public String table() { return definition.name(); }
        public String description() { return "drop_" + definition.name(); }
    }

    record RenameTable(String from, String to) implements Change {
        public Change reverse() { return new RenameTable(to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.renameTable(this, arg); }
        public String table() { return from; }
        public String description() { return "rename_" + from + "_to_" + to; }
    }

    /**
     * A table moved to another namespace (PostgreSQL schema, MySQL database) under the same local
     * name: {@code @Table(schema)} changed. Its rows, indexes, constraints and the foreign keys
     * that reference it go with it; {@code to} names the default namespace when it has no dot.
     */
    record MoveTable(String from, String to) implements Change {
        public Change reverse() { return new MoveTable(to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.moveTable(this, arg); }
        public String table() { return from; }
        public String description() { return "move_" + from + "_to_" + to; }
    }

    /**
     * A constraint (key, unique, check, foreign key, exclusion) whose name follows a renamed table
     * keeps its definition: renamed in place, so nothing is re-validated and nothing that depends
     * on it (foreign keys on a primary key) has to go.
     */
    record RenameConstraint(String table, String from, String to) implements Change {
        public Change reverse() { return new RenameConstraint(table, to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.renameConstraint(this, arg); }
        public String description() { return "rename_" + from + "_to_" + to; }
    }

    /** An index whose name follows a renamed table, renamed in place instead of rebuilt. */
    record RenameIndex(String table, String from, String to) implements Change {
        public Change reverse() { return new RenameIndex(table, to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.renameIndex(this, arg); }
        public String description() { return "rename_" + from + "_to_" + to; }
    }

    record RenameTrigger(String table, String from, String to) implements Change {
        public Change reverse() { return new RenameTrigger(table, to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.renameTrigger(this, arg); }
        public String description() { return "rename_" + from + "_to_" + to; }
    }

    /**
     * A sequence whose name follows a renamed table (its {@code <table>_seq}, or the identity
     * sequence {@code <table>_<column>_seq}): renamed so it keeps counting; dropping and creating it
     * would restart the ids at 1 under rows that already use them.
     */
    record RenameSequence(String from, String to) implements Change {
        public Change reverse() { return new RenameSequence(to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.renameSequence(this, arg); }
        public String table() { return null; }
        public String description() { return "rename_" + from + "_to_" + to; }
    }

    record AddColumn(String table, Column column) implements Change {
        public Change reverse() { return new DropColumn(table, column); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.addColumn(this, arg); }
        public String description() { return "add_" + table + "_" + column.name(); }
    }

    record DropColumn(String table, Column column) implements Change {
        public Change reverse() { return new AddColumn(table, column); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.dropColumn(this, arg); }
        public String description() { return "drop_" + table + "_" + column.name(); }
    }

    record RenameColumn(String table, String from, String to) implements Change {
        public Change reverse() { return new RenameColumn(table, to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.renameColumn(this, arg); }
        public String description() { return "rename_" + table + "_" + from + "_to_" + to; }
    }

    /**
     * A type, length or precision change. {@code defaultFrom} and {@code defaultTo} are the
     * column's defaults before and after (null for none): the database keeps a default typed as
     * the old column (and refuses one that does not cast), so the dialect drops it first and sets
     * it again on the new type.
     */
    record AlterColumnType(String table, String column, ColumnType from, ColumnType to, String defaultFrom,
            String defaultTo) implements Change {
        public AlterColumnType(String table, String column, ColumnType from, ColumnType to) {
            this(table, column, from, to, null, null);
        }

        public Change reverse() { return new AlterColumnType(table, column, to, from, defaultTo, defaultFrom); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.alterColumnType(this, arg); }
        public String description() { return "alter_" + table + "_" + column + "_type"; }
    }

    /**
     * {@code SET NOT NULL} (when {@code notNull}) or {@code DROP NOT NULL}. {@code safe} asks the
     * dialect for the lock-light form (a validated CHECK first) on an existing table.
     */
    record SetNotNull(String table, String column, boolean notNull, boolean safe) implements Change {
        public Change reverse() { return new SetNotNull(table, column, !notNull, false); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.setNotNull(this, arg); }
        public String description() { return (notNull ? "set_" : "drop_") + table + "_" + column + "_not_null"; }
    }

    /** Sets or (when {@code to} is null) drops a default. */
    record SetDefault(String table, String column, String from, String to) implements Change {
        public Change reverse() { return new SetDefault(table, column, to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.setDefault(this, arg); }
        public String description() { return (to == null ? "drop_" : "set_") + table + "_" + column + "_default"; }
    }

    record SetTableComment(String table, String from, String to) implements Change {
        public Change reverse() { return new SetTableComment(table, to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.setTableComment(this, arg); }
        public String description() { return "comment_" + table; }
    }

    record SetColumnComment(String table, String column, String from, String to) implements Change {
        public Change reverse() { return new SetColumnComment(table, column, to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.setColumnComment(this, arg); }
        public String description() { return "comment_" + table + "_" + column; }
    }

    /** {@code CREATE INDEX}; {@code concurrently} on an existing table (outside a transaction). */
    record AddIndex(String table, Index index, boolean concurrently) implements Change {
        public Change reverse() { return new DropIndex(table, index, concurrently); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.addIndex(this, arg); }
        public String description() { return "add_" + index.name(); }
    }

    record DropIndex(String table, Index index, boolean concurrently) implements Change {
        public Change reverse() { return new AddIndex(table, index, concurrently); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.dropIndex(this, arg); }
        public String description() { return "drop_" + index.name(); }
    }

    /** Sets or clears an index's comment (its {@code reason}). */
    record SetIndexComment(String table, String index, String from, String to) implements Change {
        public Change reverse() { return new SetIndexComment(table, index, to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.setIndexComment(this, arg); }
        public String description() { return "comment_" + index; }
    }

    record AddPrimaryKey(String table, PrimaryKey key) implements Change {
        public Change reverse() { return new DropPrimaryKey(table, key); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.addPrimaryKey(this, arg); }
        public String description() { return "add_" + key.name(); }
    }

    record DropPrimaryKey(String table, PrimaryKey key) implements Change {
        public Change reverse() { return new AddPrimaryKey(table, key); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.dropPrimaryKey(this, arg); }
        public String description() { return "drop_" + key.name(); }
    }

    record AddUnique(String table, UniqueConstraint unique) implements Change {
        public Change reverse() { return new DropUnique(table, unique); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.addUnique(this, arg); }
        public String description() { return "add_" + unique.name(); }
    }

    record DropUnique(String table, UniqueConstraint unique) implements Change {
        public Change reverse() { return new AddUnique(table, unique); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.dropUnique(this, arg); }
        public String description() { return "drop_" + unique.name(); }
    }

    /**
     * {@code ADD CONSTRAINT ... UNIQUE USING INDEX}: turns a unique index of the constraint's name,
     * built {@code CONCURRENTLY} just before, into the constraint (only a brief lock). Its reverse
     * drops the constraint, which drops the index with it.
     */
    record AddUniqueUsingIndex(String table, UniqueConstraint unique) implements Change {
        public Change reverse() { return new DropUnique(table, unique); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.addUniqueUsingIndex(this, arg); }
        public String description() { return "add_" + unique.name(); }
    }

    /** {@code notValid}: added without checking existing rows, validated by a later {@link ValidateConstraint}. */
    record AddCheck(String table, CheckConstraint check, boolean notValid) implements Change {
        public Change reverse() { return new DropCheck(table, check, notValid); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.addCheck(this, arg); }
        public String description() { return "add_" + check.name(); }
    }

    record DropCheck(String table, CheckConstraint check, boolean notValid) implements Change {
        public Change reverse() { return new AddCheck(table, check, notValid); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.dropCheck(this, arg); }
        public String description() { return "drop_" + check.name(); }
    }

    /** {@code notValid}: added without checking existing rows, validated by a later {@link ValidateConstraint}. */
    record AddForeignKey(String table, ForeignKey foreignKey, boolean notValid) implements Change {
        public Change reverse() { return new DropForeignKey(table, foreignKey, notValid); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.addForeignKey(this, arg); }
        public String description() { return "add_" + foreignKey.name(); }
    }

    record DropForeignKey(String table, ForeignKey foreignKey, boolean notValid) implements Change {
        public Change reverse() { return new AddForeignKey(table, foreignKey, notValid); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.dropForeignKey(this, arg); }
        public String description() { return "drop_" + foreignKey.name(); }
    }

    /** Validates a constraint added {@code NOT VALID}; its reverse does nothing. */
    record ValidateConstraint(String table, String constraint) implements Change {
        public Change reverse() { return new NoOp("validate " + constraint); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.validateConstraint(this, arg); }
        public String description() { return "validate_" + constraint; }
    }

    record AddExclusion(String table, ExclusionConstraint exclusion) implements Change {
        public Change reverse() { return new DropExclusion(table, exclusion); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.addExclusion(this, arg); }
        public String description() { return "add_" + exclusion.name(); }
    }

    record DropExclusion(String table, ExclusionConstraint exclusion) implements Change {
        public Change reverse() { return new AddExclusion(table, exclusion); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.dropExclusion(this, arg); }
        public String description() { return "drop_" + exclusion.name(); }
    }

    record CreateTrigger(String table, Trigger trigger) implements Change {
        public Change reverse() { return new DropTrigger(table, trigger); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.createTrigger(this, arg); }
        public String description() { return "add_" + trigger.name(); }
    }

    record DropTrigger(String table, Trigger trigger) implements Change {
        public Change reverse() { return new CreateTrigger(table, trigger); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.dropTrigger(this, arg); }
        public String description() { return "drop_" + trigger.name(); }
    }

    record CreateSequence(Sequence sequence) implements Change {
        public Change reverse() { return new DropSequence(sequence); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.createSequence(this, arg); }
        public String table() { return null; }
        public String description() { return "create_" + sequence.name(); }
    }

    record DropSequence(Sequence sequence) implements Change {
        public Change reverse() { return new CreateSequence(sequence); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.dropSequence(this, arg); }
        public String table() { return null; }
        public String description() { return "drop_" + sequence.name(); }
    }

    record AlterSequence(Sequence from, Sequence to) implements Change {
        public Change reverse() { return new AlterSequence(to, from); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.alterSequence(this, arg); }
        public String table() { return null; }
        public String description() { return "alter_" + to.name(); }
    }

    /**
     * Marks a table ({@code column} null) or column deprecated or no longer so: no SQL beyond a
     * comment line, but the snapshot must record it, since only a deprecated object may be dropped
     * later without confirmation.
     */
    record SetDeprecated(String table, String column, boolean deprecated) implements Change {
        public Change reverse() { return new SetDeprecated(table, column, !deprecated); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.setDeprecated(this, arg); }
        public String description() {
            return (deprecated ? "deprecate_" : "undeprecate_") + table + (column == null ? "" : "_" + column);
        }
    }

    /**
     * A row an existing table gains (a new table generator segment); a new table is created with its
     * rows. Its reverse deletes it by its primary-key values.
     */
    record InsertRow(String table, Row row) implements Change {
        public Change reverse() { return new DeleteRow(table, row); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.insertRow(this, arg); }
        public String description() { return "seed_" + table; }
    }

    /** Deletes a row the model no longer has, by the table's primary-key values. */
    record DeleteRow(String table, Row row) implements Change {
        public Change reverse() { return new InsertRow(table, row); }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.deleteRow(this, arg); }
        public String description() { return "unseed_" + table; }
    }

    /** A change with nothing to render (the reverse of a validation). */
    record NoOp(String what) implements Change {
        public Change reverse() { return this; }
        public <R, A> R accept(Visitor<R, A> v, A arg) { return v.noOp(this, arg); }
        public String table() { return null; }
        public String description() { return "noop"; }
    }
}
