package dev.tablesmith.dialect;

import dev.tablesmith.diff.Change;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Schema;
import dev.tablesmith.rules.Finding;
import dev.tablesmith.rules.SchemaContext;
import java.util.function.Consumer;

/** Renders changes as SQL for one database. */
public interface Dialect {
    /** The option value that selects it ({@code postgresql}). */
    String id();

    /**
     * The SQL of one change: complete statements ending with {@code ;}, possibly preceded by
     * {@code --} comment lines and separated by blank lines. Empty for changes with no SQL.
     */
    String render(Change change);

    /**
     * The SQL of one change, knowing the whole schema just before it. The script writer calls this
     * one, with {@code before} kept current through the up file's changes and, from the schema
     * after them, through the down file's inverse changes. A dialect that cannot alter a table in
     * place (SQLite rebuilds it) reads the table's full definition from it; the others need only
     * the change. {@code before} is null when the caller does not know the schema.
     */
    default String render(Change change, Schema before) {
        return render(change);
    }

    /** Whether the change may run inside a transaction (false for {@code CREATE INDEX CONCURRENTLY}). */
    boolean isTransactional(Change change);

    /**
     * The comment line under a script's title that says how it runs: Flyway runs a transactional
     * script in one transaction, and the rest one statement at a time.
     */
    default String transactionNote(boolean transactional) {
        return transactional ? "-- Flyway runs this file in one transaction.\n"
                : "-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY\n"
                        + "-- builds indexes without blocking writes, and each other statement commits on its own.\n";
    }

    /**
     * The statement that bounds how long a migration waits for a lock ({@code SET lock_timeout}),
     * so a migration queued behind a long transaction fails instead of blocking every query queued
     * behind it. Empty for a database without one.
     */
    default String lockTimeout(String timeout) {
        return "";
    }

    /** The column type as this dialect writes it ({@code VARCHAR(255)}). */
    String type(ColumnType type);

    /** The longest identifier the database keeps intact, in bytes. */
    int maxIdentifierLength();

    /**
     * Reports what this database cannot write as the entities declare it, with id
     * {@link dev.tablesmith.rules.ProblemIds#DIALECT_SUPPORT}: an error where the schema would lose
     * an integrity guarantee (an exclusion constraint on MySQL), a warning (the finding's default
     * severity) where only speed is lost and the dialect writes a weaker form (a covering index
     * without its INCLUDE columns). Runs before anything is written; an error stops the write.
     */
    default void checkSupport(SchemaContext context, Consumer<Finding> report) {}
}
