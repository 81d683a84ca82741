package dev.tablesmith.testkit;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs migration folders (Flyway naming: {@code V<version>__<desc>.sql}, {@code U<version>__<desc>.sql},
 * optional sibling {@code <script>.conf}) against a database.
 *
 * <p>{@link #migrate} is real Flyway (community edition). On PostgreSQL it runs with
 * {@code postgresql.transactional.lock=false}: with Flyway's default transactional lock a
 * {@code CREATE INDEX CONCURRENTLY} waits forever for Flyway's own lock transaction. Per-script
 * {@code executeInTransaction=false} in a {@code .sql.conf} file is honoured (Flyway's default
 * behaviour; nothing here disables it), which is what {@code CONCURRENTLY} needs.
 *
 * <p>{@link #undo} exists because Flyway community ignores {@code U} files: it runs the matching
 * undo script over plain JDBC and then deletes the version's rows from {@code flyway_schema_history}.
 */
public final class Migrations {

    /** Flyway's default history table. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    private static final Pattern SCRIPT = Pattern.compile("([VU])([^_]+(?:_[^_]+)*?)__(.*)\\.sql");

    private Migrations() {
    }

    /**
     * A Flyway instance for {@code migrationFolder} (filesystem location) with the testkit's settings:
     * PostgreSQL transactional lock off, a missing folder is an error.
     */
    public static Flyway flyway(DataSource dataSource, Path migrationFolder) {
        return configure(dataSource, migrationFolder).load();
    }

    private static FluentConfiguration configure(DataSource dataSource, Path migrationFolder) {
        if (!Files.isDirectory(migrationFolder)) {
            throw new IllegalArgumentException("not a directory: " + migrationFolder);
        }
        FluentConfiguration config = Flyway.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + migrationFolder.toAbsolutePath())
                .failOnMissingLocations(true);
        // Not validateMigrationNaming(true): the community edition then rejects U*.sql files as invalid names.
        // Typed API: the property route (flyway.postgresql.transactional.lock) needs Jackson 3 in Flyway 13.
        config.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return config;
    }

    /**
     * Runs Flyway {@code migrate()} over the folder and returns the versions applied by this call, in
     * order (e.g. {@code ["1", "2"]}; empty if nothing was pending).
     *
     * @throws org.flywaydb.core.api.FlywayException with Flyway's message if a migration fails
     */
    public static List<String> migrate(DataSource dataSource, Path migrationFolder) {
        return applied(flyway(dataSource, migrationFolder).migrate());
    }

    /**
     * Like {@link #migrate(DataSource, Path)}, but stops after {@code targetVersion} (Flyway's
     * {@code target}), so a test can walk a history one version at a time.
     */
    public static List<String> migrateTo(DataSource dataSource, Path migrationFolder, String targetVersion) {
        FluentConfiguration config = configure(dataSource, migrationFolder)
                .target(MigrationVersion.fromVersion(targetVersion));
        return applied(config.load().migrate());
    }

    private static List<String> applied(MigrateResult result) {
        List<String> versions = new ArrayList<>();
        for (MigrateOutput m : result.migrations) {
            versions.add(m.version);
        }
        return versions;
    }

    /**
     * Runs {@code U<version>__*.sql} from the folder over JDBC, then deletes the rows of that
     * version from {@code flyway_schema_history} (if the table exists) so a later {@link #migrate}
     * re-applies {@code V<version>}.
     *
     * <p>If a sibling {@code U<version>__*.sql.conf} says {@code executeInTransaction=false}, the
     * statements run one by one in autocommit mode (needed for {@code DROP INDEX CONCURRENTLY});
     * otherwise the statements and the history delete run in one transaction, rolled back on error.
     * Versions compare like Flyway's ({@code 1.1} = {@code 1_1}, {@code 2} = {@code 2.0}).
     *
     * @throws IllegalArgumentException if there is not exactly one matching undo script
     * @throws IllegalStateException    with the failing statement if execution fails
     */
    public static void undo(DataSource dataSource, Path migrationFolder, String version) {
        Path script = findScript(migrationFolder, 'U', version);
        String sql;
        try {
            sql = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean transactional = executeInTransaction(script);
        try (Connection c = dataSource.getConnection()) {
            Engine engine = Engine.of(c);
            List<String> statements = SqlSplitter.split(sql, engine);
            if (!transactional) {
                c.setAutoCommit(true);
                execute(c, statements, script);
                deleteHistory(c, version);
                return;
            }
            boolean previous = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                execute(c, statements, script);
                deleteHistory(c, version);
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(previous);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("undo " + version + " (" + script.getFileName() + ") failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs an SQL script over JDBC, split with {@link SqlSplitter} for the connection's engine:
     * in one transaction if {@code inTransaction}, else statement by statement in autocommit mode.
     */
    public static void execute(DataSource dataSource, String script, boolean inTransaction) {
        try (Connection c = dataSource.getConnection()) {
            List<String> statements = SqlSplitter.split(script, Engine.of(c));
            c.setAutoCommit(!inTransaction);
            try {
                execute(c, statements, null);
                if (inTransaction) {
                    c.commit();
                }
            } catch (RuntimeException | SQLException e) {
                if (inTransaction) {
                    c.rollback();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("script failed: " + e.getMessage(), e);
        }
    }

    /** The {@code V} or {@code U} script of {@code version} in the folder. */
    static Path findScript(Path folder, char prefix, String version) {
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*__*.sql")) {
            for (Path f : files) {
                Matcher m = SCRIPT.matcher(f.getFileName().toString());
                if (m.matches() && m.group(1).charAt(0) == prefix
                        && MigrationVersion.fromVersion(m.group(2)).equals(wanted)) {
                    found.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException("expected exactly one " + prefix + version + "__*.sql in "
                    + folder + ", found " + found);
        }
        return found.get(0);
    }

    /** Reads {@code executeInTransaction} from the script's {@code .conf} file, for a {@code U} file else its {@code V} file's (default true). */
    static boolean executeInTransaction(Path script) {
        Path conf = script.resolveSibling(script.getFileName() + ".conf");
        String name = script.getFileName().toString();
        if (!Files.exists(conf) && name.startsWith("U")) {
            // Flyway configures only V files; a down runs the way its up file does
            conf = script.resolveSibling("V" + name.substring(1) + ".conf");
        }
        if (!Files.exists(conf)) {
            return true;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(conf, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return !"false".equalsIgnoreCase(p.getProperty("executeInTransaction", "true").trim());
    }

    private static void execute(Connection c, List<String> statements, Path script) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String stmt : statements) {
                try {
                    s.execute(stmt);
                } catch (SQLException e) {
                    throw new SQLException((script == null ? "" : script.getFileName() + ": ")
                            + e.getMessage() + "\n  in statement: " + stmt, e.getSQLState(), e.getErrorCode(), e);
                }
            }
        }
    }

    private static void deleteHistory(Connection c, String version) throws SQLException {
        String table = historyTable(c);
        if (table == null) {
            return;
        }
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        List<String> stored = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT version FROM " + table + " WHERE version IS NOT NULL")) {
            while (rs.next()) {
                if (MigrationVersion.fromVersion(rs.getString(1)).equals(wanted)) {
                    stored.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE version = ?")) {
            for (String v : stored) {
                ps.setString(1, v);
                ps.executeUpdate();
            }
        }
    }

    /** The history table's name as the catalog spells it, or null if it does not exist. */
    private static String historyTable(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String candidate : List.of(HISTORY_TABLE, HISTORY_TABLE.toUpperCase(java.util.Locale.ROOT))) {
            try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return rs.getString("TABLE_NAME");
                }
            }
        }
        return null;
    }
}
