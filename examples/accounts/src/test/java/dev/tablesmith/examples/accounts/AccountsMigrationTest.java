package dev.tablesmith.examples.accounts;

import static dev.tablesmith.test.TablesmithAssertions.assertEveryMigrationReversible;
import static dev.tablesmith.test.TablesmithAssertions.assertMatchesSnapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.HibernateSchema;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.Naming;
import dev.tablesmith.testkit.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The accounts history on a real PostgreSQL with real Flyway, one step at a time, with rows in the
 * tables all along: nothing written before a step is lost by it, the final schema passes
 * Hibernate's validator, and the down files walk back through every earlier schema exactly.
 */
class AccountsMigrationTest {
    static final Path MIGRATIONS = HistoryReplayTest.MIGRATIONS;

    @Test
    void stepByStepTheRowsSurviveAndTheFinalSchemaValidates() throws Exception {
        DataSource db = PostgresServer.shared().newDatabase("accounts");
        List<String> steps = Versions.steps(MIGRATIONS);
        assertEquals(4, steps.size(), "create, add, deprecate, drop: " + steps);

        // 1: users, with the legacy nickname
        migrateThrough(db, steps.get(0));
        sql(db, "INSERT INTO users (email, name, nickname) VALUES ('ada@example.com', 'Ada', 'ada_l')");

        // 2: the handbook's user_preferences and users.phone; verified arrives with its default
        migrateThrough(db, steps.get(1));
        assertEquals("false", one(db, "SELECT verified::text FROM users WHERE email = 'ada@example.com'"));
        sql(db, "UPDATE users SET phone = '+441234567890' WHERE email = 'ada@example.com'");
        sql(db, "INSERT INTO user_preferences (user_id) SELECT id FROM users WHERE email = 'ada@example.com'");
        assertEquals("light", one(db, "SELECT theme FROM user_preferences"));

        // 3: nickname deprecated (now nullable), verified NOT NULL
        migrateThrough(db, steps.get(2));
        sql(db, "INSERT INTO users (email, name) VALUES ('grace@example.com', 'Grace')");
        assertThrows(SQLException.class, () -> sql(db, "UPDATE users SET verified = NULL"));

        // 4: nickname dropped; every row written before is still there
        migrateThrough(db, steps.get(3));
        assertEquals("+441234567890", one(db, "SELECT phone FROM users WHERE email = 'ada@example.com'"));
        assertEquals("2", one(db, "SELECT count(*) FROM users"));
        assertEquals("1", one(db, "SELECT count(*) FROM user_preferences"));
        HibernateSchema.validate(db, List.of(User.class, UserPreference.class), Naming.SPRING);
        assertMatchesSnapshot(db, "db/migration");
    }

    /**
     * Each version on its own, in Flyway's order: its down must give back exactly the schema before
     * it (the V...1 versions of CONCURRENTLY indexes run in autocommit), and the end is the snapshot.
     */
    @Test
    void everyVersionIsUndoneByItsDown() {
        assertEveryMigrationReversible(PostgresServer.shared().newDatabase("accounts_reversible"), "db/migration");
    }

    @Test
    void theDownFilesWalkBackThroughEveryEarlierSchema() throws Exception {
        DataSource db = PostgresServer.shared().newDatabase("accounts_down");
        List<String> scripts = Versions.scripts(MIGRATIONS);
        List<Catalog> before = new ArrayList<>();
        for (String version : scripts) {
            before.add(schema(db));
            Migrations.migrateTo(db, MIGRATIONS, version);
        }
        for (int i = scripts.size() - 1; i >= 0; i--) {
            Migrations.undo(db, MIGRATIONS, scripts.get(i));
            assertEquals(before.get(i), schema(db), "after undoing " + scripts.get(i));
        }
    }

    /** Applies every script of one step: its {@code V<step>} and any {@code V<step>.<n>}. */
    private static void migrateThrough(DataSource db, String step) throws java.io.IOException {
        List<String> ofStep = Versions.scripts(MIGRATIONS).stream().filter(v -> v.split("\\.")[0].equals(step)).toList();
        assertFalse(Migrations.migrateTo(db, MIGRATIONS, ofStep.get(ofStep.size() - 1)).isEmpty(), "step " + step);
    }

    /** The schema without Flyway's own table, which the downs do not touch. */
    private static Catalog schema(DataSource db) {
        return Catalog.read(db).without(Migrations.HISTORY_TABLE);
    }

    private static void sql(DataSource db, String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String one(DataSource db, String query) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
