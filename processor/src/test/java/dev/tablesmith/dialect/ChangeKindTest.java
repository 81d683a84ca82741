package dev.tablesmith.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.migration.MigrationPlanner;
import dev.tablesmith.migration.Script;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.testing.Golden;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import dev.tablesmith.testkit.SqliteDatabase;
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
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every change kind on every dialect, from one case list ({@link ChangeKindCases}): the base schema
 * × the step through the pure planner gives the scripts, compared with the golden files under
 * {@code golden/<dialect>/<case>/} (one file per script, as Flyway sees them); then on the real
 * engine with Flyway: the base, rows, the step up, its downs last first (the catalog is the base's
 * again, the rows are still there), and the step up once more (the same catalog as the first time).
 */
class ChangeKindTest {
    static final List<String> DIALECTS = List.of("postgresql", "mysql", "sqlite");
    /** Cases a dialect cannot express, with why (the processor refuses them: see its *SupportTest). */
    static final Map<String, Map<String, String>> UNSUPPORTED = Map.of(
            "mysql", Map.of("add_exclusion", "MySQL has no exclusion constraints"),
            "sqlite", Map.of("add_exclusion", "SQLite has no exclusion constraints"));

    /**
     * Cases whose effect the catalog does not show on a dialect, so "the step changed the schema"
     * cannot be asserted there (the golden file shows what is written).
     */
    static final Map<String, Map<String, String>> INVISIBLE = Map.of(
            "mysql", Map.of("change_index", "the catalog reader does not read MariaDB's index direction"),
            "sqlite", Map.of("comments", "SQLite keeps comments as -- lines in the table's text, rewritten only by a "
                    + "rebuild"));

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String dialect : DIALECTS) {
            ChangeKindCases.steps().filter(s -> !UNSUPPORTED.getOrDefault(dialect, Map.of()).containsKey(s.name()))
                    .forEach(s -> out.add(Arguments.of(dialect, s)));
        }
        return out.stream();
    }

    @Test
    void theUnsupportedCasesStillExist() {
        List<String> names = ChangeKindCases.steps().map(ChangeKindCases.Step::name).toList();
        UNSUPPORTED.values().forEach(m -> assertTrue(names.containsAll(m.keySet()), m.toString()));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void scriptsMatchGoldenAndRunUpDownUp(String dialectId, ChangeKindCases.Step step) throws Exception {
        Dialect dialect = Dialects.byId(dialectId).orElseThrow();
        Schema base = ChangeKindCases.base();
        MigrationPlanner.Plan first = MigrationPlanner.plan(Snapshot.EMPTY, base, Renames.NONE, dialect, "1", "base",
                step.settings()).orElseThrow();
        MigrationPlanner.Plan next = MigrationPlanner.plan(first.next(), step.next().apply(base), step.renames(),
                dialect, "2", step.name(), step.settings()).orElseThrow();
        java.util.Set<String> files = new java.util.HashSet<>();
        for (Script s : next.scripts()) {
            files.add(s.upFile());
            files.add(s.downFile());
            if (!s.transactional()) {
                files.add(s.confFile());
            }
        }
        Golden.assertFolderHolds(dialectId + "/" + step.name(), files);
        for (Script s : next.scripts()) {
            String folder = dialectId + "/" + step.name() + "/";
            Golden.assertMatches(folder + s.upFile(), s.up());
            Golden.assertMatches(folder + s.downFile(), s.down());
            if (!s.transactional()) {
                Golden.assertMatches(folder + s.confFile(), Script.NON_TRANSACTIONAL_CONF);
            }
        }

        Path baseOnly = Files.createDirectories(dir.resolve("base"));
        Path all = Files.createDirectories(dir.resolve("all"));
        write(baseOnly, first.scripts());
        write(all, first.scripts());
        write(all, next.scripts());
        DataSource db = database(dialectId, "change_" + step.name());
        assertEquals(List.of("1"), Migrations.migrate(db, baseOnly));
        Migrations.execute(db, """
                INSERT INTO users (email, name, age) VALUES ('ann@example.com', 'Ann', 30);
                INSERT INTO orders (user_id, total, status) VALUES (1, 12.50, 'NEW');
                INSERT INTO notes (id, body) VALUES (1, 'first');""", dialectId.equals("postgresql"));
        Catalog before = catalog(db);

        List<String> versions = next.scripts().stream().map(Script::version).toList();
        assertEquals(versions, Migrations.migrate(db, all), "the step's versions, in order");
        Catalog up = catalog(db);
        assertTrue(!up.equals(before) || step.name().startsWith("deprecate")
                || INVISIBLE.getOrDefault(dialectId, Map.of()).containsKey(step.name()), "the step changed the schema");
        assertEquals(1, count(db, "users"), "rows survive the step");
        assertForeignKeysHold(dialectId, db);

        for (int i = versions.size() - 1; i >= 0; i--) {
            Migrations.undo(db, all, versions.get(i));
        }
        assertEquals(before.toString(), catalog(db).toString(), "the downs restore the base schema");
        for (String table : List.of("users", "orders", "notes")) {
            if (up.table(table).isPresent()) { // a dropped table's rows are gone, as on any database
                assertEquals(1, count(db, table), "rows of " + table + " survive the down");
            }
        }
        assertForeignKeysHold(dialectId, db);

        assertEquals(versions, Migrations.migrate(db, all), "up again after down");
        assertEquals(up.toString(), catalog(db).toString(), "the second up gives the same schema as the first");
    }

    private DataSource database(String dialect, String name) {
        return switch (dialect) {
            case "postgresql" -> PostgresServer.shared().newDatabase(name);
            case "mysql" -> MariaDbServer.shared().newDatabase(name);
            case "sqlite" -> SqliteDatabase.create(dir.resolve(name + ".db"));
            default -> throw new IllegalArgumentException(dialect);
        };
    }

    /** SQLite checks foreign keys only when asked; a rebuild must leave none broken and them on. */
    private static void assertForeignKeysHold(String dialect, DataSource db) throws SQLException {
        if (!dialect.equals("sqlite")) {
            return;
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            assertFalse(rs.next(), "PRAGMA foreign_key_check");
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
            assertTrue(rs.next() && rs.getInt(1) == 1, "foreign keys on");
        }
    }

    private static void write(Path dir, List<Script> scripts) throws IOException {
        for (Script s : scripts) {
            Files.writeString(dir.resolve(s.upFile()), s.up(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(s.downFile()), s.down(), StandardCharsets.UTF_8);
            if (!s.transactional()) {
                Files.writeString(dir.resolve(s.confFile()), Script.NON_TRANSACTIONAL_CONF, StandardCharsets.UTF_8);
                // the testkit's undo reads the same setting beside the down file
                Files.writeString(dir.resolve(s.downFile() + ".conf"), Script.NON_TRANSACTIONAL_CONF,
                        StandardCharsets.UTF_8);
            }
        }
    }

    private static Catalog catalog(DataSource db) {
        return Catalog.read(db).without(Migrations.HISTORY_TABLE);
    }

    private static int count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
