package dev.tablesmith.testkit;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;

/** File-based SQLite databases for tests. */
public final class SqliteDatabase {

    private SqliteDatabase() {
    }

    /**
     * A DataSource for the SQLite database in {@code file} (created on first connection) that runs
     * {@code PRAGMA foreign_keys = ON} on every connection it opens.
     */
    public static DataSource create(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }
}
