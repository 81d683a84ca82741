package dev.tablesmith.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.dialect.sqlite.SqliteDialect;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.SqliteDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step of {@link EvolutionTest} (one per change kind and safe form), planned for SQLite and
 * run on a real SQLite file with Flyway: the base, rows, the step up, its downs in reverse (the
 * catalog is the base's again, the rows are still there, no foreign key is broken), and up again
 * (the same catalog as the first time). The one step SQLite cannot express is listed in
 * {@link #UNSUPPORTED} with its reason (the processor refuses it, see SqliteSupportTest).
 */
class SqliteEvolutionStepsTest {
    static final SqliteDialect SQLITE = new SqliteDialect();
    static final Map<String, String> UNSUPPORTED = Map.of("add_exclusion", "SQLite has no exclusion constraints");

    @TempDir
    Path dir;

    static Stream<EvolutionTest.Step> steps() {
        return EvolutionTest.steps().filter(s -> !UNSUPPORTED.containsKey(s.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void upDownUpOnSqlite(EvolutionTest.Step step) throws Exception {
        assertEquals(1, EvolutionTest.steps().filter(s -> UNSUPPORTED.containsKey(s.name())).count(),
                "the unsupported steps still exist");
        Schema base = EvolutionTest.base();
        MigrationPlanner.Plan first = MigrationPlanner.plan(Snapshot.EMPTY, base, Renames.NONE, SQLITE, "1", "base",
                step.settings()).orElseThrow();
        MigrationPlanner.Plan next = MigrationPlanner.plan(first.next(), step.next().apply(base), step.renames(),
                SQLITE, "2", step.name(), step.settings()).orElseThrow();

        Path baseOnly = Files.createDirectories(dir.resolve("base"));
        Path all = Files.createDirectories(dir.resolve("all"));
        write(baseOnly, first.scripts());
        write(all, first.scripts());
        write(all, next.scripts());
        DataSource db = SqliteDatabase.create(dir.resolve("evolution.db"));
        assertEquals(List.of("1"), Migrations.migrate(db, baseOnly));
        Migrations.execute(db, """
                INSERT INTO users (email, name, age) VALUES ('ann@example.com', 'Ann', 30);
                INSERT INTO orders (user_id, total, status) VALUES (1, 12.50, 'NEW');
                INSERT INTO notes (id, body) VALUES (1, 'first');""", true);
        Catalog before = catalog(db);

        List<String> versions = next.scripts().stream().map(Script::version).toList();
        assertEquals(versions, Migrations.migrate(db, all), "the step's versions, in order");
        Catalog up = catalog(db);
        assertForeignKeysHold(db);
        assertEquals(1, count(db, "users"), "rows survive the step");

        for (int i = versions.size() - 1; i >= 0; i--) {
            Migrations.undo(db, all, versions.get(i));
        }
        assertEquals(before, catalog(db), "the downs restore the base schema\n" + scripts(next.scripts()));
        assertForeignKeysHold(db);
        for (String table : List.of("users", "orders", "notes")) {
            if (up.table(table).isPresent()) { // a dropped table's rows are gone, as on any database
                assertEquals(1, count(db, table), "rows of " + table + " survive the down");
            }
        }

        assertEquals(versions, Migrations.migrate(db, all), "up again after down");
        assertEquals(up, catalog(db), "the second up gives the same schema as the first");
        assertForeignKeysHold(db);
    }

    private static void assertForeignKeysHold(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            assertFalse(rs.next(), "PRAGMA foreign_key_check");
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
            assertTrue(rs.next() && rs.getInt(1) == 1, "foreign keys on");
        }
    }

    private static String scripts(List<Script> scripts) {
        StringBuilder out = new StringBuilder();
        for (Script s : scripts) {
            out.append("==> ").append(s.upFile()).append('\n').append(s.up()).append("==> ").append(s.downFile())
                    .append('\n').append(s.down());
        }
        return out.toString();
    }

    private static void write(Path dir, List<Script> scripts) throws IOException {
        for (Script s : scripts) {
            Files.writeString(dir.resolve(s.upFile()), s.up(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(s.downFile()), s.down(), StandardCharsets.UTF_8);
            if (!s.transactional()) {
                Files.writeString(dir.resolve(s.confFile()), Script.NON_TRANSACTIONAL_CONF, StandardCharsets.UTF_8);
            }
        }
    }

    private static Catalog catalog(DataSource db) {
        return Catalog.read(db).without(Migrations.HISTORY_TABLE);
    }

    private static int count(DataSource db, String table) throws Exception {
        try (var c = db.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
