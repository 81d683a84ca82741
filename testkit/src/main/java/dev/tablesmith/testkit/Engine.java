package dev.tablesmith.testkit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The database engines the testkit knows, detected from JDBC metadata. */
public enum Engine {
    POSTGRESQL,
    MARIADB,
    SQLITE;

    /** Detects the engine from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}. */
    public static Engine of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        if (p.contains("mariadb") || p.contains("mysql")) {
            return MARIADB;
        }
        if (p.contains("sqlite")) {
            return SQLITE;
        }
        throw new IllegalArgumentException("unsupported database product: " + product);
    }

    /** Opens one connection to detect the engine. */
    public static Engine of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to detect the database engine: " + e.getMessage(), e);
        }
    }
}
