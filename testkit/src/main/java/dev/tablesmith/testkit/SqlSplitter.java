package dev.tablesmith.testkit;

import java.util.List;

/**
 * Splits an SQL script into statements at top-level semicolons: {@code tablesmith-test}'s
 * {@link dev.tablesmith.test.migrate.SqlSplitter}, which documents the rules, under the testkit's
 * {@link Engine}.
 */
public final class SqlSplitter {

    private SqlSplitter() {
    }

    /** Splits with PostgreSQL rules. */
    public static List<String> split(String sql) {
        return split(sql, Engine.POSTGRESQL);
    }

    /** Splits with the lexical rules of the given engine. */
    public static List<String> split(String sql, Engine engine) {
        return dev.tablesmith.test.migrate.SqlSplitter.split(sql, dev.tablesmith.test.catalog.Engine.valueOf(engine.name()));
    }
}
