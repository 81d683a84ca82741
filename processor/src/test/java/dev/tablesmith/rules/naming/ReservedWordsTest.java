package dev.tablesmith.rules.naming;

import dev.tablesmith.safety.ReservedWords;
import dev.tablesmith.safety.SqlEngine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.testkit.PostgresServer;
import dev.tablesmith.testkit.SqliteDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reserved-word lists are the engines' own: asked from PostgreSQL, tried on SQLite. */
class ReservedWordsTest {
    /** Every keyword SQLite knows (sqlite.org/lang_keywords.html); the reserved ones are a subset. */
    private static final List<String> SQLITE_KEYWORDS = List.of(("abort action add after all alter always analyze and as"
            + " asc attach autoincrement before begin between by cascade case cast check collate column commit"
            + " conflict constraint create cross current current_date current_time current_timestamp database"
            + " default deferrable deferred delete desc detach distinct do drop each else end escape except exclude"
            + " exclusive exists explain fail filter first following for foreign from full generated glob group"
            + " groups having if ignore immediate in index indexed initially inner insert instead intersect into is"
            + " isnull join key last left like limit match materialized natural no not nothing notnull null nulls"
            + " of offset on or order others outer over partition plan pragma preceding primary query raise range"
            + " recursive references regexp reindex release rename replace restrict returning right rollback row"
            + " rows savepoint select set table temp temporary then ties to transaction trigger unbounded union"
            + " unique update using vacuum values view virtual when where window with without").split(" "));

    @TempDir
    Path dir;

    @Test
    void postgresqlListIsWhatTheServerReserves() throws SQLException {
        Set<String> reserved = new TreeSet<>();
        try (Connection c = PostgresServer.shared().admin().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')")) {
            while (rs.next()) {
                reserved.add(rs.getString(1));
            }
        }
        assertEquals(reserved, new TreeSet<>(ReservedWords.POSTGRESQL));
    }

    @Test
    void sqliteListIsWhatTheEngineRefusesAsAName() throws SQLException {
        Set<String> refused = new TreeSet<>();
        try (Connection c = SqliteDatabase.create(dir.resolve("words.db")).getConnection()) {
            for (String word : SQLITE_KEYWORDS) {
                if (!accepted(c, "CREATE TABLE " + word + " (x INTEGER)")
                        | !accepted(c, "CREATE TABLE t_" + word + " (" + word + " INTEGER)")) {
                    refused.add(word);
                }
            }
        }
        assertEquals(refused, new TreeSet<>(ReservedWords.SQLITE));
    }

    @Test
    void wordsAreReportedPerDialect() {
        assertEquals(List.of(SqlEngine.POSTGRESQL, SqlEngine.MYSQL, SqlEngine.SQLITE),
                ReservedWords.reservedIn("Order"));
        assertEquals(List.of(SqlEngine.POSTGRESQL), ReservedWords.reservedIn("user"));
        assertEquals(List.of(SqlEngine.MYSQL), ReservedWords.reservedIn("rank"));
        assertEquals(List.of(), ReservedWords.reservedIn("users"));
    }

    private static boolean accepted(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
