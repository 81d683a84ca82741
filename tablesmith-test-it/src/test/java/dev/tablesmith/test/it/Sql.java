package dev.tablesmith.test.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Statements run by hand, to make drift. */
final class Sql {
    private Sql() {
    }

    static void run(DataSource db, String... statements) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("making drift failed: " + e.getMessage(), e);
        }
    }

    /**
     * SQLite cannot alter a default, a check or a comment in place: the stored CREATE TABLE text of
     * the table is edited instead (SQLite's documented writable_schema route), which is what a
     * hand-edited or differently migrated database looks like.
     */
    static void editSqliteTable(DataSource db, String table, String from, String to) {
        run(db, "PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET sql = replace(sql, '" + from.replace("'", "''") + "', '" + to.replace("'", "''")
                        + "') WHERE type = 'table' AND name = '" + table + "' AND instr(sql, '" + from.replace("'", "''") + "') > 0",
                "PRAGMA writable_schema = OFF");
    }
}
