package dev.tablesmith.test.compare;

import dev.tablesmith.test.catalog.Engine;

/**
 * Decides whether an expression as Tablesmith wrote it and as the database gives it back mean the
 * same: first by {@link SqlText#canonical}, then (PostgreSQL) by the server's own printing.
 */
public interface Expressions {
    /**
     * @param written  as the migration wrote it (the snapshot's SQL, through the dialect)
     * @param database as the engine reports it
     * @param table    the table the expression is about (its columns are in scope), null for a default
     * @param type     for a default: the column's type in the engine's spelling, else null
     */
    boolean same(String written, String database, String table, String type);

    /** Text comparison only: MariaDB and SQLite keep expressions close to how they were written. */
    static Expressions text(Engine engine) {
        return (written, database, table, type) -> written == null || database == null ? written == database
                : SqlText.canonical(written, engine).equals(SqlText.canonical(database, engine));
    }
}
