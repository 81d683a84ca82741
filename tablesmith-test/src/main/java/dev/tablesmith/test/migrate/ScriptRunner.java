package dev.tablesmith.test.migrate;

import dev.tablesmith.test.catalog.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs a migration script over JDBC as Flyway would: split into statements by {@link SqlSplitter}
 * with the engine's lexical rules, in one transaction, or (a script whose {@code .conf} says
 * {@code executeInTransaction=false}: {@code CREATE INDEX CONCURRENTLY}, SQLite's table rebuilds)
 * one statement at a time in autocommit. The connection is left in autocommit.
 */
public final class ScriptRunner {
    private ScriptRunner() {
    }

    /**
     * @throws SQLException naming the file and the statement that failed; a transactional script is rolled back
     */
    public static void run(Connection c, Engine engine, String file, String sql, boolean transactional)
            throws SQLException {
        List<String> statements = SqlSplitter.split(sql, engine);
        if (!transactional) {
            c.setAutoCommit(true);
            execute(c, file, statements);
            return;
        }
        c.setAutoCommit(false);
        try {
            execute(c, file, statements);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void execute(Connection c, String file, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new SQLException(file + ": " + e.getMessage() + "\n  in statement: " + statement,
                            e.getSQLState(), e.getErrorCode(), e);
                }
            }
        }
    }
}
