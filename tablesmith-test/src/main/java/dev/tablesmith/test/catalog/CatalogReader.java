package dev.tablesmith.test.catalog;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the schema a connection sees: PostgreSQL's current schema, MariaDB's current database,
 * SQLite's main database. Only reads: every statement is a {@code SELECT} on the catalog (or on
 * a MariaDB sequence, which a {@code SELECT} does not advance) or a SQLite {@code PRAGMA} that
 * reports.
 */
public final class CatalogReader {
    private CatalogReader() {
    }

    /** The schema visible to this connection; the engine is detected. */
    public static DatabaseCatalog read(Connection connection) throws SQLException {
        return read(connection, Engine.of(connection));
    }

    public static DatabaseCatalog read(Connection connection, Engine engine) throws SQLException {
        return switch (engine) {
            case POSTGRESQL -> PostgresCatalogReader.read(connection);
            case MARIADB -> MariaDbCatalogReader.read(connection);
            case SQLITE -> SqliteCatalogReader.read(connection);
        };
    }
}
