package dev.tablesmith.test.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases Tablesmith writes for, told apart by the JDBC driver's product name. */
public enum Engine {
    POSTGRESQL("postgresql"),
    /** MariaDB, and MySQL: Tablesmith's {@code mysql} dialect. */
    MARIADB("mysql"),
    SQLITE("sqlite");

    private final String dialect;

    Engine(String dialect) {
        this.dialect = dialect;
    }

    /** The Tablesmith dialect that writes for it ({@code -Atablesmith.dialect}). */
    public String dialect() {
        return dialect;
    }

    /** The engine behind the connection, from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}. */
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
        throw new IllegalArgumentException("unsupported database product: " + product
                + " (Tablesmith writes for PostgreSQL, MySQL/MariaDB and SQLite)");
    }

    /** The engine of a Tablesmith dialect name or an engine name ({@code postgresql}, {@code mysql}, {@code mariadb}, {@code sqlite}). */
    public static Engine ofName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres" -> POSTGRESQL;
            case "mysql", "mariadb" -> MARIADB;
            case "sqlite" -> SQLITE;
            default -> throw new IllegalArgumentException("unknown dialect '" + name + "': postgresql, mysql or sqlite");
        };
    }
}
