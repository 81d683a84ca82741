package dev.tablesmith.rules.naming;

import dev.tablesmith.safety.ReservedWords;
import dev.tablesmith.safety.SqlEngine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The MySQL/MariaDB reserved words, tried on MariaDB 11.4: each word the list names is refused as a
 * table name, except the ones MySQL 8 reserves and MariaDB does not (kept, since the dialect also
 * targets MySQL); and every keyword MariaDB knows ({@code information_schema.KEYWORDS}) that it
 * refuses as a table or column name is on the list.
 */
class MariaDbReservedWordsTest {
    @Test
    void everyListedWordIsRefusedByMariaDbUnlessItIsMySqlOnly() throws SQLException {
        Set<String> accepted = new TreeSet<>();
        DataSource db = MariaDbServer.shared().newDatabase("reserved_listed");
        try (Connection c = db.getConnection()) {
            for (String word : ReservedWords.MYSQL) {
                if (accepted(c, word)) {
                    accepted.add(word);
                }
            }
        }
        assertEquals(new TreeSet<>(ReservedWords.MYSQL_ONLY), accepted,
                "words on the list that MariaDB takes as a table name must be the MySQL-only ones");
        assertTrue(ReservedWords.MYSQL.containsAll(ReservedWords.MYSQL_ONLY));
    }

    @Test
    void everyKeywordMariaDbRefusesIsListed() throws SQLException {
        Set<String> refused = new TreeSet<>();
        DataSource db = MariaDbServer.shared().newDatabase("reserved_keywords");
        try (Connection c = db.getConnection()) {
            Set<String> keywords = new TreeSet<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT WORD FROM information_schema.KEYWORDS")) {
                while (rs.next()) {
                    keywords.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            assertTrue(keywords.size() > 500, "MariaDB lists its keywords: " + keywords.size());
            // a handful everyone knows, so the probe itself is seen to work
            for (String known : Set.of("select", "order", "group", "key", "index", "rank", "interval")) {
                assertTrue(ReservedWords.MYSQL.contains(known), known);
            }
            for (String word : keywords) {
                if (!word.matches("[a-z_][a-z0-9_]*")) {
                    continue; // operators such as && or <=
                }
                if (!accepted(c, word)) {
                    refused.add(word);
                }
            }
        }
        Set<String> missing = new TreeSet<>(refused);
        missing.removeAll(ReservedWords.MYSQL);
        assertEquals(Set.of(), missing, "keywords MariaDB refuses as a name but the list lacks");
    }

    /** Whether MariaDB takes the word unquoted as a table name and as a column name. */
    private static boolean accepted(Connection c, String word) {
        return run(c, "CREATE TABLE " + word + " (id int)") && run(c, "DROP TABLE " + word)
                && run(c, "CREATE TABLE t_probe (" + word + " int)") && run(c, "DROP TABLE t_probe");
    }

    private static boolean run(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
