package dev.tablesmith.test;

import dev.tablesmith.test.catalog.CatalogReader;
import dev.tablesmith.test.catalog.DatabaseCatalog;
import dev.tablesmith.test.catalog.Engine;
import dev.tablesmith.test.compare.CatalogComparison;
import dev.tablesmith.test.compare.Expressions;
import dev.tablesmith.test.compare.PostgresExpressions;
import dev.tablesmith.test.compare.SnapshotComparison;
import dev.tablesmith.test.migrate.MigrationFolder;
import dev.tablesmith.test.migrate.ScriptRunner;
import dev.tablesmith.test.snapshot.Snapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A database checked against a Tablesmith migration folder. Immutable; {@link TablesmithAssertions}
 * has the one-line forms.
 *
 * <pre>{@code
 * SchemaCheck.of(dataSource).migrations("db/migration").assertMatchesSnapshot();
 * SchemaCheck.of(emptyDataSource).migrations("db/migration").assertEveryMigrationReversible();
 * List<String> drift = SchemaCheck.of(dataSource).migrations("db/migration").differences();
 * }</pre>
 */
public final class SchemaCheck {
    /** Flyway's history table, which is not part of the schema; {@link #historyTables} sets others. */
    public static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final DataSource dataSource;
    private final MigrationFolder folder;
    private final Set<String> ignored;

    private SchemaCheck(DataSource dataSource, MigrationFolder folder, Set<String> ignored) {
        this.dataSource = dataSource;
        this.folder = folder;
        this.ignored = Set.copyOf(ignored);
    }

    /** A check of this database; give the folder with {@link #migrations}. */
    public static SchemaCheck of(DataSource dataSource) {
        return new SchemaCheck(dataSource, null, Set.of(FLYWAY_HISTORY));
    }

    /** The migration folder: a class-path location as Flyway takes it ({@code db/migration}), or {@code filesystem:...}. */
    public SchemaCheck migrations(String location) {
        return migrations(MigrationFolder.at(location));
    }

    public SchemaCheck migrations(Path folder) {
        return migrations(MigrationFolder.of(folder));
    }

    public SchemaCheck migrations(MigrationFolder folder) {
        return new SchemaCheck(dataSource, folder, ignored);
    }

    /**
     * The migration tool's history tables, left out of every comparison (default
     * {@code flyway_schema_history}; Flyway's {@code table} setting names another).
     */
    public SchemaCheck historyTables(String... names) {
        return new SchemaCheck(dataSource, folder, new LinkedHashSet<>(List.of(names)));
    }

    /** The differences between the database and the folder's {@code tablesmith-snapshot.json}; empty when none. */
    public List<String> differences() {
        Snapshot snapshot = folder().snapshot();
        try (Connection c = dataSource.getConnection()) {
            return differences(c, snapshot, ignored);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the database's catalog failed: " + e.getMessage(), e);
        }
    }

    /** The differences between what a connection sees and a snapshot, one line each. */
    public static List<String> differences(Connection c, Snapshot snapshot, Set<String> ignoredTables) throws SQLException {
        Engine engine = Engine.of(c);
        DatabaseCatalog catalog = CatalogReader.read(c, engine);
        Expressions expressions = engine == Engine.POSTGRESQL ? new PostgresExpressions(c) : Expressions.text(engine);
        return SnapshotComparison.differences(snapshot, catalog, expressions, ignoredTables);
    }

    /**
     * The database's schema is the snapshot's: tables, columns (type, length, precision, nullability,
     * default, identity), keys with their actions, uniques, checks (and that none is left NOT VALID),
     * exclusion constraints, indexes (method, key order, predicate, INCLUDE), comments, triggers and
     * sequences, as far as the engine keeps them.
     *
     * @throws AssertionError listing every difference
     */
    public void assertMatchesSnapshot() {
        List<String> differences = differences();
        if (!differences.isEmpty()) {
            throw new AssertionError(report("the database does not match " + folder().location() + "/"
                    + Snapshot.FILE_NAME, differences));
        }
    }

    /**
     * Applies the folder's history to this (empty) database one version at a time, in Flyway's
     * order ({@code V<v>.1} is a version of its own): after each up it runs the version's down and
     * checks the catalog is again exactly what it was before the up, then applies the up again; at
     * the end the database must match the snapshot. Scripts run over JDBC like Flyway runs them,
     * non-transactional ones ({@code executeInTransaction=false}) in autocommit, so no migration tool
     * is needed; nothing is written to a history table.
     *
     * @throws AssertionError naming the first version whose down does not undo its up (with the
     *                        differences), or a script that fails, or the snapshot's differences
     */
    public void assertEveryMigrationReversible() {
        MigrationFolder folder = folder();
        Snapshot snapshot = folder.snapshot();
        List<MigrationFolder.Migration> migrations = folder.migrations();
        if (migrations.isEmpty()) {
            throw new AssertionError("no V*__*.sql migration in " + folder.location());
        }
        try (Connection c = dataSource.getConnection()) {
            Engine engine = Engine.of(c);
            c.setAutoCommit(true);
            DatabaseCatalog start = read(c, engine);
            if (!start.tables().isEmpty() || !start.sequences().isEmpty()) {
                throw new AssertionError("assertEveryMigrationReversible needs an empty database; this one has "
                        + start.tables().stream().map(DatabaseCatalog.Table::name).toList()
                        + (start.sequences().isEmpty() ? "" : " and sequences "
                        + start.sequences().stream().map(DatabaseCatalog.Sequence::name).toList()));
            }
            for (MigrationFolder.Migration m : migrations) {
                DatabaseCatalog before = read(c, engine);
                apply(c, engine, m.upFile(), m.up(), m.transactional());
                DatabaseCatalog after = read(c, engine);
                if (m.down() == null) {
                    throw new AssertionError(m.upFile() + " has no down migration: expected U" + m.version()
                            + "__" + m.description() + ".sql in " + folder.location());
                }
                apply(c, engine, m.downFile(), m.down(), m.downTransactional());
                List<String> left = CatalogComparison.differences(before, read(c, engine),
                        "before " + m.upFile(), "after " + m.downFile());
                if (!left.isEmpty()) {
                    throw new AssertionError(report(m.downFile() + " does not undo " + m.upFile()
                            + ": the schema after the down differs from the schema before the up", left));
                }
                apply(c, engine, m.upFile(), m.up(), m.transactional());
                List<String> again = CatalogComparison.differences(after, read(c, engine),
                        "first time", "after its down and again");
                if (!again.isEmpty()) {
                    throw new AssertionError(report(m.upFile() + " applied again after its down gives another schema", again));
                }
            }
            List<String> differences = differences(c, snapshot, ignored);
            if (!differences.isEmpty()) {
                throw new AssertionError(report("after every migration of " + folder.location()
                        + " the database does not match its " + Snapshot.FILE_NAME, differences));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot use the database: " + e.getMessage(), e);
        }
    }

    private DatabaseCatalog read(Connection c, Engine engine) throws SQLException {
        return CatalogReader.read(c, engine).without(ignored);
    }

    private static void apply(Connection c, Engine engine, String file, String sql, boolean transactional) {
        try {
            ScriptRunner.run(c, engine, file, sql, transactional);
        } catch (SQLException e) {
            throw new AssertionError(file + " failed: " + e.getMessage(), e);
        }
    }

    private MigrationFolder folder() {
        if (folder == null) {
            throw new IllegalStateException("no migration folder: call migrations(\"db/migration\") first");
        }
        return folder;
    }

    /** A header and the difference lines, one per line, indented. */
    static String report(String header, List<String> lines) {
        List<String> out = new ArrayList<>();
        out.add(header + " (" + lines.size() + (lines.size() == 1 ? " difference" : " differences") + "):");
        lines.forEach(l -> out.add("  " + l));
        return String.join("\n", out);
    }
}
