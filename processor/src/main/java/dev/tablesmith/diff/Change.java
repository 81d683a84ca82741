package dev.tablesmith.diff;

import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.PrimaryKey;
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

    /** {@code CREATE TABLE} with columns, key, checks, uniques, exclusions and foreign keys; then its indexes, trigger and comments. */
    record CreateTable(Table definition) implements Change {
        public Change reverse() { return new DropTable(definition); }
        public String table() { return definition.name(); }
        public String description() { return "create_" + definition.name(); }
    }

    /** {@code DROP TABLE}; keeps the definition so the reverse can recreate it. */
    record DropTable(Table definition) implements Change {
        public Change reverse() { return new CreateTable(definition); }
        public String table() { return definition.name(); }
        public String description() { return "drop_" + definition.name(); }
    }

    record RenameTable(String from, String to) implements Change {
        public Change reverse() { return new RenameTable(to, from); }
        public String table() { return from; }
        public String description() { return "rename_" + from + "_to_" + to; }
    }

    /**
     * A constraint (key, unique, check, foreign key, exclusion) whose name follows a renamed table
     * keeps its definition: renamed in place, so nothing is re-validated and nothing that depends
     * on it (foreign keys on a primary key) has to go.
     */
    record RenameConstraint(String table, String from, String to) implements Change {
        public Change reverse() { return new RenameConstraint(table, to, from); }
        public String description() { return "rename_" + from + "_to_" + to; }
    }

    /** An index whose name follows a renamed table, renamed in place instead of rebuilt. */
    record RenameIndex(String table, String from, String to) implements Change {
        public Change reverse() { return new RenameIndex(table, to, from); }
        public String description() { return "rename_" + from + "_to_" + to; }
    }

    record RenameTrigger(String table, String from, String to) implements Change {
        public Change reverse() { return new RenameTrigger(table, to, from); }
        public String description() { return "rename_" + from + "_to_" + to; }
    }

    /**
     * A sequence whose name follows a renamed table (its {@code <table>_seq}, or the identity
     * sequence {@code <table>_<column>_seq}): renamed so it keeps counting; dropping and creating it
     * would restart the ids at 1 under rows that already use them.
     */
    record RenameSequence(String from, String to) implements Change {
        public Change reverse() { return new RenameSequence(to, from); }
        public String table() { return null; }
        public String description() { return "rename_" + from + "_to_" + to; }
    }

    record AddColumn(String table, Column column) implements Change {
        public Change reverse() { return new DropColumn(table, column); }
        public String description() { return "add_" + table + "_" + column.name(); }
    }

    record DropColumn(String table, Column column) implements Change {
        public Change reverse() { return new AddColumn(table, column); }
        public String description() { return "drop_" + table + "_" + column.name(); }
    }

    record RenameColumn(String table, String from, String to) implements Change {
        public Change reverse() { return new RenameColumn(table, to, from); }
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
        public String description() { return "alter_" + table + "_" + column + "_type"; }
    }

    /**
     * {@code SET NOT NULL} (when {@code notNull}) or {@code DROP NOT NULL}. {@code safe} asks the
     * dialect for the lock-light form (a validated CHECK first) on an existing table.
     */
    record SetNotNull(String table, String column, boolean notNull, boolean safe) implements Change {
        public Change reverse() { return new SetNotNull(table, column, !notNull, false); }
        public String description() { return (notNull ? "set_" : "drop_") + table + "_" + column + "_not_null"; }
    }

    /** Sets or (when {@code to} is null) drops a default. */
    record SetDefault(String table, String column, String from, String to) implements Change {
        public Change reverse() { return new SetDefault(table, column, to, from); }
        public String description() { return (to == null ? "drop_" : "set_") + table + "_" + column + "_default"; }
    }

    record SetTableComment(String table, String from, String to) implements Change {
        public Change reverse() { return new SetTableComment(table, to, from); }
        public String description() { return "comment_" + table; }
    }

    record SetColumnComment(String table, String column, String from, String to) implements Change {
        public Change reverse() { return new SetColumnComment(table, column, to, from); }
        public String description() { return "comment_" + table + "_" + column; }
    }

    /** {@code CREATE INDEX}; {@code concurrently} on an existing table (outside a transaction). */
    record AddIndex(String table, Index index, boolean concurrently) implements Change {
        public Change reverse() { return new DropIndex(table, index, concurrently); }
        public String description() { return "add_" + index.name(); }
    }

    record DropIndex(String table, Index index, boolean concurrently) implements Change {
        public Change reverse() { return new AddIndex(table, index, concurrently); }
        public String description() { return "drop_" + index.name(); }
    }

    /** Sets or clears an index's comment (its {@code reason}). */
    record SetIndexComment(String table, String index, String from, String to) implements Change {
        public Change reverse() { return new SetIndexComment(table, index, to, from); }
        public String description() { return "comment_" + index; }
    }

    record AddPrimaryKey(String table, PrimaryKey key) implements Change {
        public Change reverse() { return new DropPrimaryKey(table, key); }
        public String description() { return "add_" + key.name(); }
    }

    record DropPrimaryKey(String table, PrimaryKey key) implements Change {
        public Change reverse() { return new AddPrimaryKey(table, key); }
        public String description() { return "drop_" + key.name(); }
    }

    record AddUnique(String table, UniqueConstraint unique) implements Change {
        public Change reverse() { return new DropUnique(table, unique); }
        public String description() { return "add_" + unique.name(); }
    }

    record DropUnique(String table, UniqueConstraint unique) implements Change {
        public Change reverse() { return new AddUnique(table, unique); }
        public String description() { return "drop_" + unique.name(); }
    }

    /**
     * {@code ADD CONSTRAINT ... UNIQUE USING INDEX}: turns a unique index of the constraint's name,
     * built {@code CONCURRENTLY} just before, into the constraint (only a brief lock). Its reverse
     * drops the constraint, which drops the index with it.
     */
    record AddUniqueUsingIndex(String table, UniqueConstraint unique) implements Change {
        public Change reverse() { return new DropUnique(table, unique); }
        public String description() { return "add_" + unique.name(); }
    }

    /** {@code notValid}: added without checking existing rows, validated by a later {@link ValidateConstraint}. */
    record AddCheck(String table, CheckConstraint check, boolean notValid) implements Change {
        public Change reverse() { return new DropCheck(table, check, notValid); }
        public String description() { return "add_" + check.name(); }
    }

    record DropCheck(String table, CheckConstraint check, boolean notValid) implements Change {
        public Change reverse() { return new AddCheck(table, check, notValid); }
        public String description() { return "drop_" + check.name(); }
    }

    /** {@code notValid}: added without checking existing rows, validated by a later {@link ValidateConstraint}. */
    record AddForeignKey(String table, ForeignKey foreignKey, boolean notValid) implements Change {
        public Change reverse() { return new DropForeignKey(table, foreignKey, notValid); }
        public String description() { return "add_" + foreignKey.name(); }
    }

    record DropForeignKey(String table, ForeignKey foreignKey, boolean notValid) implements Change {
        public Change reverse() { return new AddForeignKey(table, foreignKey, notValid); }
        public String description() { return "drop_" + foreignKey.name(); }
    }

    /** Validates a constraint added {@code NOT VALID}; its reverse does nothing. */
    record ValidateConstraint(String table, String constraint) implements Change {
        public Change reverse() { return new NoOp("validate " + constraint); }
        public String description() { return "validate_" + constraint; }
    }

    record AddExclusion(String table, ExclusionConstraint exclusion) implements Change {
        public Change reverse() { return new DropExclusion(table, exclusion); }
        public String description() { return "add_" + exclusion.name(); }
    }

    record DropExclusion(String table, ExclusionConstraint exclusion) implements Change {
        public Change reverse() { return new AddExclusion(table, exclusion); }
        public String description() { return "drop_" + exclusion.name(); }
    }

    record CreateTrigger(String table, Trigger trigger) implements Change {
        public Change reverse() { return new DropTrigger(table, trigger); }
        public String description() { return "add_" + trigger.name(); }
    }

    record DropTrigger(String table, Trigger trigger) implements Change {
        public Change reverse() { return new CreateTrigger(table, trigger); }
        public String description() { return "drop_" + trigger.name(); }
    }

    record CreateSequence(Sequence sequence) implements Change {
        public Change reverse() { return new DropSequence(sequence); }
        public String table() { return null; }
        public String description() { return "create_" + sequence.name(); }
    }

    record DropSequence(Sequence sequence) implements Change {
        public Change reverse() { return new CreateSequence(sequence); }
        public String table() { return null; }
        public String description() { return "drop_" + sequence.name(); }
    }

    record AlterSequence(Sequence from, Sequence to) implements Change {
        public Change reverse() { return new AlterSequence(to, from); }
        public String table() { return null; }
        public String description() { return "alter_" + to.name(); }
    }

    /** The shared function behind every {@code updated_at} trigger (PostgreSQL). */
    record CreateUpdatedAtFunction() implements Change {
        public Change reverse() { return new DropUpdatedAtFunction(); }
        public String table() { return null; }
        public String description() { return "create_updated_at_function"; }
    }

    record DropUpdatedAtFunction() implements Change {
        public Change reverse() { return new CreateUpdatedAtFunction(); }
        public String table() { return null; }
        public String description() { return "drop_updated_at_function"; }
    }

    /**
     * Marks a table ({@code column} null) or column deprecated or no longer so: no SQL beyond a
     * comment line, but the snapshot must record it, since only a deprecated object may be dropped
     * later without confirmation.
     */
    record SetDeprecated(String table, String column, boolean deprecated) implements Change {
        public Change reverse() { return new SetDeprecated(table, column, !deprecated); }
        public String description() {
            return (deprecated ? "deprecate_" : "undeprecate_") + table + (column == null ? "" : "_" + column);
        }
    }

    /** A change with nothing to render (the reverse of a validation). */
    record NoOp(String what) implements Change {
        public Change reverse() { return this; }
        public String table() { return null; }
        public String description() { return "noop"; }
    }
}
