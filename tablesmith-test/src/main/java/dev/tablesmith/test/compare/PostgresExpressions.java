package dev.tablesmith.test.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablesmith.test.catalog.Engine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * PostgreSQL prints a stored expression its own way ({@code trim(email) <> ''} comes back as
 * {@code (TRIM(BOTH FROM email) <> ''::text)}), which no text rule undoes in general. So when the
 * texts differ, both sides are given to the server in
 * {@code EXPLAIN (VERBOSE, COSTS OFF, FORMAT JSON) SELECT <expression> FROM <table>}, which parses
 * them in the table's scope and prints the output expression: the same expression prints the
 * same. {@code EXPLAIN} without {@code ANALYZE} plans the query and runs nothing, so this works in
 * a read-only transaction; an expression the server refuses (a column that is gone) is different.
 */
public final class PostgresExpressions implements Expressions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final Map<String, String> printed = new HashMap<>();

    public PostgresExpressions(Connection connection) {
        this.connection = connection;
    }

    @Override
    public boolean same(String written, String database, String table, String type) {
        if (written == null || database == null) {
            return written == database;
        }
        if (SqlText.canonical(written, Engine.POSTGRESQL).equals(SqlText.canonical(database, Engine.POSTGRESQL))) {
            return true;
        }
        String a = print(written, table, type);
        return a != null && a.equals(print(database, table, type));
    }

    /** The server's text of the expression, or null if it refuses it. */
    private String print(String expression, String table, String type) {
        if (hasSemicolon(expression)) {
            return null; // one expression, never a second statement
        }
        String select = "SELECT " + (type == null ? "(" + expression + ")" : "CAST((" + expression + ") AS " + type + ")")
                + (table == null ? "" : " FROM " + quote(table));
        return printed.computeIfAbsent(select, this::explain);
    }

    private String explain(String select) {
        try {
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("EXPLAIN (VERBOSE, COSTS OFF, FORMAT JSON) " + select)) {
                rs.next();
                JsonNode output = JSON.readTree(rs.getString(1)).path(0).path("Plan").path("Output");
                if (savepoint != null) {
                    connection.releaseSavepoint(savepoint);
                }
                return output.isArray() && output.size() == 1 ? output.get(0).asText() : null;
            } catch (SQLException e) {
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                return null;
            }
        } catch (SQLException | java.io.IOException e) {
            return null;
        }
    }

    private static boolean hasSemicolon(String sql) {
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
