package dev.tablesmith.dialect;

import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.safety.SqlEngine;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One database as Tablesmith writes for it. Implementations extend {@link SqlDialect}, which holds
 * the SQL they share; {@link Dialects} lists them.
 */
public interface Dialect {
    /** The option value that selects it ({@code postgresql}). */
    String id();

    /** The engine whose lexical rules and reserved words apply to the SQL written for it. */
    SqlEngine engine();

    /**
     * The SQL of one change: complete statements ending with {@code ;}, possibly preceded by
     * {@code --} comment lines and separated by blank lines; empty for changes with no SQL.
     * {@code before} is the whole schema just before the change (the script writer keeps it
     * current through the up file's changes and, from the schema after them, through the down
     * file's inverse changes): a database that restates a column to change it (MySQL) or rebuilds a
     * table (SQLite) reads the full definition from it. Null when the caller does not know it;
     * the changes that need it then fail.
     */
    String render(Change change, Schema before);

    /**
     * Whether indexes on tables in use are built {@code CONCURRENTLY}, outside a transaction, while
     * the table takes writes: then a replaced index is dropped only after its replacement is built
     * ({@link dev.tablesmith.migration.Safety}), since the old one keeps serving meanwhile.
     */
    default boolean buildsIndexesConcurrently() {
        return false;
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

    /**
     * The statements that open a script: by default the {@link #lockTimeout} when the script locks a
     * table in use.
     *
     * @param locksTablesInUse whether a change of the script locks a table that existed before
     * @param statements whether the script has any statement beyond comments
     * @param lockTimeout null for none (the {@code lock-timeout} rule is off)
     * @param statementTimeout for the transactional scripts; null for none
     */
    default String sessionSettings(boolean transactional, boolean locksTablesInUse, boolean statements,
            String lockTimeout, String statementTimeout) {
        return locksTablesInUse && lockTimeout != null ? lockTimeout(lockTimeout) : "";
    }

    /**
     * Comment lines under a script's title for the linters users run on migrations (squawk for
     * PostgreSQL): which of their findings in this script are deliberate, each with the reason.
     * Empty by default.
     *
     * @param changes the script's changes in file order
     * @param undoes for a down file, the up file it undoes ({@code V2__add_users_phone}); null for an up file
     * @param timeouts whether the script sets its timeouts (the {@code lock-timeout} rule is on)
     */
    default String lintDirectives(List<Change> changes, boolean transactional, String undoes, boolean timeouts) {
        return "";
    }

    /**
     * Statements for objects this database needs beside the tables that are no part of the model
     * (PostgreSQL's shared {@code updated_at} trigger function), when the schema starts needing them
     * between {@code before} and {@code after}. The script writer puts them before the script's
     * first table change.
     */
    default String createSupport(Schema before, Schema after) {
        return "";
    }

    /** The reverse of {@link #createSupport}: when the schema stops needing them, after the last table change. */
    default String dropSupport(Schema before, Schema after) {
        return "";
    }

    /** The column type as this dialect writes it ({@code VARCHAR(255)}). */
    String type(ColumnType type);

    /**
     * What changing a column's type costs when the database rewrites the table for it, as a phrase
     * that completes "changing t.c from X to Y ..." ({@code rewrites the whole table ... under an
     * ACCESS EXCLUSIVE lock}); empty when the change is metadata-only there.
     */
    Optional<String> tableRewrite(ColumnType from, ColumnType to);

    /**
     * Reports what this database cannot write as the entities declare it, with id
     * {@link dev.tablesmith.findings.ProblemIds#DIALECT_SUPPORT}: an error where the schema would lose
     * an integrity guarantee (an exclusion constraint on MySQL), a warning (the finding's default
     * severity) where only speed is lost and the dialect writes a weaker form (a covering index
     * without its INCLUDE columns). Runs before anything is written; an error stops the write.
     */
    default void checkSupport(Schema schema, SourceMap sources, Consumer<Finding> report) {}
}
