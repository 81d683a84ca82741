package dev.tablesmith.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.dialect.ChangeKindCases;
import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.migration.MigrationPlanner;
import dev.tablesmith.migration.Safety;
import dev.tablesmith.migration.Script;
import dev.tablesmith.model.ForeignKeyIndexes;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safe forms on a real PostgreSQL, as an operator meets them.
 * <ul>
 *   <li>Replace, never uncover: every change-kind case, migrated by Flyway one version at a time;
 *       after each version every foreign key has a valid, complete index leading with its columns,
 *       and a unique key or check that the step replaces is still (or already) there.</li>
 *   <li>Re-runnable: a concurrent build made to fail halfway (a writer's open transaction outlives
 *       {@code lock_timeout}) leaves an INVALID index; {@code flyway repair} and {@code migrate}
 *       then finish the migration, as the README says.</li>
 * </ul>
 */
class SafetyOnPostgresTest {
    @TempDir
    Path dir;

    static Stream<ChangeKindCases.Step> steps() {
        return ChangeKindCases.steps();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void everyForeignKeyKeepsAnIndexAfterEveryVersion(ChangeKindCases.Step step) throws Exception {
        Schema next = step.next().apply(ChangeKindCases.base());
        Path folder = plan(step.name(), next, step.renames(), step.settings());
        // a case whose model leaves a foreign key without an index (the plain form's) cannot keep it covered
        List<String> uncoveredByModel = next.tables().stream().flatMap(t -> t.foreignKeys().stream()
                .filter(f -> !ForeignKeyIndexes.isCovered(t, f.columns())).map(f -> t.name() + "." + f.name())).toList();
        DataSource db = PostgresServer.shared().newDatabase("uncover_" + step.name());
        Migrations.migrateTo(db, folder, "1");
        Migrations.execute(db, """
                INSERT INTO users (email, name, age) VALUES ('ann@example.com', 'Ann', 30);
                INSERT INTO orders (user_id, total, status) VALUES (1, 12.50, 'NEW');
                INSERT INTO notes (id, body) VALUES (1, 'first');""", true);
        for (String version : versions(folder)) {
            if (version.equals("1")) {
                continue;
            }
            Migrations.migrateTo(db, folder, version);
            List<String> uncovered = new ArrayList<>(uncoveredForeignKeys(db));
            uncovered.removeAll(uncoveredByModel);
            assertEquals(List.of(), uncovered, "foreign keys without an index after V" + version);
            if (step.name().equals("swap_unique") || step.name().equals("change_unique_columns")) {
                assertTrue(count(db, "SELECT count(*) FROM pg_constraint WHERE conrelid = 'users'::regclass "
                        + "AND contype = 'u'") >= 1, "users keeps a unique key after V" + version);
            }
            if (step.name().equals("enum_values_changed")) {
                assertEquals(1, count(db, "SELECT count(*) FROM pg_constraint WHERE conrelid = 'orders'::regclass "
                        + "AND conname = 'orders_status_valid'"), "orders keeps its status check after V" + version);
            }
        }
    }

    @Test
    void aConcurrentBuildThatFailedHalfwayIsRebuiltByRepairAndMigrate() throws Exception {
        Schema base = ChangeKindCases.base();
        ChangeKindCases.Step step = ChangeKindCases.steps().filter(s -> s.name().equals("replace_foreign_key_index"))
                .findFirst().orElseThrow();
        Safety.Settings settings = new Safety.Settings(true, true, true, "1s", "1h");
        Path folder = plan("recovery", step.next().apply(base), Renames.NONE, settings);
        DataSource db = PostgresServer.shared().newDatabase("recovery");
        Migrations.migrateTo(db, folder, "1");
        Migrations.execute(db, "INSERT INTO users (email, name, age) VALUES ('ann@example.com', 'Ann', 30);\n"
                + "INSERT INTO orders (user_id, total, status) VALUES (1, 12.50, 'NEW');", true);

        // a writer's transaction stays open: the build waits for it after creating its index, until lock_timeout
        try (Connection writer = db.getConnection(); Statement w = writer.createStatement()) {
            writer.setAutoCommit(false);
            w.execute("INSERT INTO orders (user_id, total, status) VALUES (1, 1.00, 'NEW')");
            FlywayException failed = assertThrows(FlywayException.class, () -> Migrations.migrate(db, folder));
            assertTrue(failed.getMessage().contains("lock timeout") || failed.getMessage().contains("canceling"),
                    failed.getMessage());
            writer.rollback();
        }
        assertEquals(1, count(db, "SELECT count(*) FROM pg_index WHERE indexrelid = "
                + "to_regclass('idx_orders_user_id_status') AND NOT indisvalid"), "the failed build left it INVALID");
        assertEquals(1, count(db, "SELECT count(*) FROM pg_index WHERE indexrelid = to_regclass('idx_orders_user_id')"
                + " AND indisvalid"), "the index it replaces is still there and valid");
        assertEquals(List.of(), uncoveredForeignKeys(db), "foreign keys without an index after the failure");

        // what the README says to run after a failure
        Migrations.flyway(db, folder).repair();
        Migrations.migrate(db, folder);
        assertEquals(1, count(db, "SELECT count(*) FROM pg_index WHERE indexrelid = "
                + "to_regclass('idx_orders_user_id_status') AND indisvalid"), "rebuilt and valid");
        assertEquals(0, count(db, "SELECT count(*) FROM pg_class WHERE relname = 'idx_orders_user_id'"),
                "the replaced index is dropped");
        assertEquals(List.of(), uncoveredForeignKeys(db));
        assertEquals(0, count(db, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"));
    }

    /** Foreign keys no valid, complete b-tree index leads with: {@code table.constraint}. */
    static List<String> uncoveredForeignKeys(DataSource db) throws SQLException {
        String sql = """
                SELECT c.conrelid::regclass::text || '.' || c.conname
                FROM pg_constraint c
                WHERE c.contype = 'f' AND NOT EXISTS (
                    SELECT 1 FROM pg_index i
                    WHERE i.indrelid = c.conrelid AND i.indisvalid AND i.indpred IS NULL
                      AND array_length(i.indkey::smallint[], 1) >= array_length(c.conkey, 1)
                      AND (SELECT array_agg(k ORDER BY k) FROM unnest((i.indkey::smallint[])[0:array_length(c.conkey, 1) - 1]) k)
                          = (SELECT array_agg(k ORDER BY k) FROM unnest(c.conkey) k))
                ORDER BY 1""";
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private Path plan(String name, Schema next, Renames renames, Safety.Settings settings) throws IOException {
        PostgresDialect dialect = new PostgresDialect();
        MigrationPlanner.Plan first = MigrationPlanner.plan(Snapshot.EMPTY, ChangeKindCases.base(), Renames.NONE,
                dialect, "1", "base", settings).orElseThrow();
        MigrationPlanner.Plan step = MigrationPlanner.plan(first.next(), next, renames, dialect, "2", name, settings)
                .orElseThrow();
        Path folder = Files.createDirectories(dir.resolve(name));
        for (Script s : Stream.concat(first.scripts().stream(), step.scripts().stream()).toList()) {
            Files.writeString(folder.resolve(s.upFile()), s.up(), StandardCharsets.UTF_8);
            if (!s.transactional()) {
                Files.writeString(folder.resolve(s.confFile()), Script.NON_TRANSACTIONAL_CONF, StandardCharsets.UTF_8);
            }
        }
        return folder;
    }

    private static List<String> versions(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V") && n.endsWith(".sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted((a, b) -> org.flywaydb.core.api.MigrationVersion.fromVersion(a)
                            .compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion(b)))
                    .toList();
        }
    }

    private static int count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
