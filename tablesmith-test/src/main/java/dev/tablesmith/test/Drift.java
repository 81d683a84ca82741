package dev.tablesmith.test;

import dev.tablesmith.test.catalog.Engine;
import dev.tablesmith.test.snapshot.Snapshot;
import dev.tablesmith.test.snapshot.SnapshotReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The drift report, for CI and for production: compares a live database with
 * {@code tablesmith-snapshot.json} and prints the differences.
 *
 * <pre>
 * java -cp tablesmith-test.jar:jackson-*.jar:&lt;JDBC driver&gt; dev.tablesmith.test.Drift \
 *     --url jdbc:postgresql://db/app --user app --password-env DB_PASSWORD \
 *     --snapshot src/main/resources/db/migration/tablesmith-snapshot.json
 * </pre>
 *
 * <p>Exit code 0: no drift; 1: drift (the differences are printed); 2: wrong arguments, an unreadable
 * snapshot, or no connection. It never writes: the connection is opened read-only
 * ({@link Connection#setReadOnly}, on PostgreSQL a {@code READ ONLY} transaction, on MariaDB
 * {@code SET SESSION TRANSACTION READ ONLY}, on SQLite the file opened read-only with
 * {@code PRAGMA query_only}), and the check issues only catalog {@code SELECT}s, {@code EXPLAIN}s
 * (PostgreSQL, planned and never run) and SQLite's reporting {@code PRAGMA}s; it ends with a
 * rollback.
 */
public final class Drift {
    private Drift() {
    }

    private static final String USAGE = """
            usage: Drift --url <jdbc url> [--user <user>] [--password <password> | --password-env <variable>]
                         --snapshot <tablesmith-snapshot.json | its folder | classpath:db/migration>
                         [--dialect postgresql|mysql|sqlite] [--history-table <name>]...
              Compares the database with the snapshot, read-only. Exit code 0: no drift, 1: drift, 2: error.
              --dialect          fail unless the database is this one (a snapshot is written for one dialect)
              --history-table    the migration tool's history table, left out (default flyway_schema_history;
                                 repeat for several)""";

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** What {@link #main} does, with the streams given: returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String url = null;
        String user = null;
        String password = null;
        String snapshotPath = null;
        String dialect = null;
        Set<String> history = new LinkedHashSet<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--url" -> url = required(args[i], value);
                    case "--user" -> user = required(args[i], value);
                    case "--password" -> password = required(args[i], value);
                    case "--password-env" -> {
                        password = System.getenv(required(args[i], value));
                        if (password == null) {
                            throw new IllegalArgumentException("environment variable " + value + " is not set");
                        }
                    }
                    case "--snapshot" -> snapshotPath = required(args[i], value);
                    case "--dialect" -> dialect = required(args[i], value);
                    case "--history-table" -> history.add(required(args[i], value));
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
                i++;
            }
            if (url == null || snapshotPath == null) {
                throw new IllegalArgumentException("--url and --snapshot are required");
            }
        } catch (IllegalArgumentException e) {
            err.println("Drift: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Snapshot snapshot;
        Engine expected;
        try {
            snapshot = loadSnapshot(snapshotPath);
            expected = dialect == null ? null : Engine.ofName(dialect);
        } catch (IllegalArgumentException | IOException e) {
            err.println("Drift: " + e.getMessage());
            return 2;
        }
        if (history.isEmpty()) {
            history.add(SchemaCheck.FLYWAY_HISTORY);
        }
        List<String> differences;
        try (Connection c = connect(url, user, password)) {
            Engine engine = Engine.of(c);
            if (expected != null && engine != expected) {
                err.println("Drift: the database is " + engine.name().toLowerCase(java.util.Locale.ROOT)
                        + ", not " + dialect + " (--dialect)");
                return 2;
            }
            differences = SchemaCheck.differences(c, snapshot, history);
            c.rollback();
        } catch (SQLException | IllegalArgumentException e) {
            err.println("Drift: cannot read the database at " + redacted(url) + ": " + e.getMessage());
            return 2;
        }
        if (differences.isEmpty()) {
            out.println("No drift: the database matches " + snapshotPath + " (" + snapshot.tables().size() + " tables).");
            return 0;
        }
        out.println(SchemaCheck.report("Drift: the database does not match " + snapshotPath, differences));
        return 1;
    }

    private static String required(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /**
     * A connection that cannot write, for the drift check: read-only for the driver, and in the
     * engine's own terms (a {@code READ ONLY} transaction, a read-only SQLite file with
     * {@code query_only}). Auto-commit is off; roll back when done.
     */
    public static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        boolean sqlite = url.startsWith("jdbc:sqlite:");
        if (sqlite) {
            properties.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: nor is a missing file created
        }
        Connection c = DriverManager.getConnection(url, properties);
        try {
            Engine engine = Engine.of(c);
            if (engine != Engine.SQLITE) {
                c.setReadOnly(true); // sqlite-jdbc takes it only through the open flags above
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                switch (engine) {
                    case POSTGRESQL -> s.execute("SET TRANSACTION READ ONLY");
                    case MARIADB -> s.execute("SET SESSION TRANSACTION READ ONLY");
                    case SQLITE -> s.execute("PRAGMA query_only = 1");
                }
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** A snapshot file, a folder holding one, or {@code classpath:<folder or file>}. */
    static Snapshot loadSnapshot(String location) throws IOException {
        String json;
        if (location.startsWith("classpath:")) {
            String path = location.substring("classpath:".length()).replaceAll("^/+", "").replaceAll("/+$", "");
            if (!path.endsWith(".json")) {
                path = path + "/" + Snapshot.FILE_NAME;
            }
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = (loader == null ? Drift.class.getClassLoader() : loader).getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException("no " + path + " on the class path");
                }
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } else {
            Path file = Path.of(location);
            if (Files.isDirectory(file)) {
                file = file.resolve(Snapshot.FILE_NAME);
            }
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no snapshot file " + file.toAbsolutePath());
            }
            json = Files.readString(file, StandardCharsets.UTF_8);
        }
        try {
            return SnapshotReader.read(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(location + ": " + e.getMessage(), e);
        }
    }

    /** The URL for a message, without a password it may carry ({@code ?password=...}). */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
