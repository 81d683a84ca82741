package dev.tablesmith.test.it;

import static dev.tablesmith.test.TablesmithAssertions.assertEveryMigrationReversible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.test.SchemaCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code assertEveryMigrationReversible} on the three engines: Tablesmith's histories pass (with
 * PostgreSQL's non-transactional {@code CONCURRENTLY} versions and SQLite's table rebuilds), and a
 * down that does not undo its up fails naming it and what it left.
 */
class ReversibilityTest {
    private static final String V2 = "V20261208090000__create_user_preferences_and_more.sql";
    private static final String U2 = "U20261208090000__create_user_preferences_and_more.sql";

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Target.class)
    void tablesmithsHistoriesAreReversible(Target target) {
        assertEveryMigrationReversible(target.newDatabase("reversible").dataSource(), "filesystem:" + AccountsHistory.folder(target));
        assertEveryMigrationReversible(target.newDatabase("reversible_library").dataSource(), "filesystem:" + target.library());
    }

    /** The committed accounts folder, as Flyway applies it in the example (one up at a time, then its down). */
    @Test
    void theCommittedAccountsHistoryIsReversible() {
        Path committed = Target.EXAMPLES.resolve("accounts/src/main/resources/db/migration");
        SchemaCheck.of(Target.POSTGRESQL.newDatabase("accounts_committed").dataSource()).migrations(committed)
                .assertEveryMigrationReversible();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aDownThatLeavesATableBehindFailsNamingIt(Target target) throws IOException {
        Path folder = copy(AccountsHistory.folder(target));
        edit(folder.resolve(U2), "DROP TABLE IF EXISTS user_preferences;", "-- (forgotten)");
        DataSource db = target.newDatabase("broken_down").dataSource();
        AssertionError e = assertThrows(AssertionError.class, () -> assertEveryMigrationReversible(db, "filesystem:" + folder));
        // PostgreSQL: the identity's sequence stays with its table
        String left = target == Target.POSTGRESQL ? " (2 differences):\n  table user_preferences: only after " + U2
                + "\n  sequence user_preferences_id_seq: only after " + U2 : " (1 difference):\n  table user_preferences: only after " + U2;
        assertEquals(U2 + " does not undo " + V2 + ": the schema after the down differs from the schema before the up"
                + left, e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aDownThatLeavesAColumnBehindShowsTheColumn(Target target) throws IOException {
        Path folder = copy(AccountsHistory.folder(target));
        String dropPhone = Files.readAllLines(folder.resolve(U2)).stream().filter(l -> l.contains("DROP COLUMN phone"))
                .findFirst().orElseThrow(() -> new AssertionError("no DROP COLUMN phone in " + U2));
        edit(folder.resolve(U2), dropPhone, "-- (forgotten)");
        DataSource db = target.newDatabase("broken_column").dataSource();
        AssertionError e = assertThrows(AssertionError.class, () -> assertEveryMigrationReversible(db, "filesystem:" + folder));
        assertTrue(e.getMessage().startsWith(U2 + " does not undo " + V2 + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("\n  users.phone: only after " + U2), e.getMessage());
    }

    @Test
    void aDownThatFailsAndAMissingDownAreNamed() throws IOException {
        Path folder = copy(AccountsHistory.folder(Target.SQLITE));
        edit(folder.resolve(U2), "DROP TABLE IF EXISTS user_preferences;", "DROP TABLE no_such_table;");
        AssertionError failed = assertThrows(AssertionError.class, () -> assertEveryMigrationReversible(
                Target.SQLITE.newDatabase("failing_down").dataSource(), "filesystem:" + folder));
        assertTrue(failed.getMessage().startsWith(U2 + " failed: " + U2 + ": "), failed.getMessage());
        assertTrue(failed.getMessage().endsWith("in statement: DROP TABLE no_such_table"), failed.getMessage());

        Files.delete(folder.resolve(U2));
        AssertionError missing = assertThrows(AssertionError.class, () -> assertEveryMigrationReversible(
                Target.SQLITE.newDatabase("missing_down").dataSource(), "filesystem:" + folder));
        assertEquals(V2 + " has no down migration: expected " + U2 + " in filesystem:" + folder, missing.getMessage());
    }

    @Test
    void itNeedsAnEmptyDatabase() {
        DataSource db = Target.SQLITE.newDatabase("not_empty").dataSource();
        Sql.run(db, "CREATE TABLE leftovers (id INTEGER PRIMARY KEY)");
        AssertionError e = assertThrows(AssertionError.class,
                () -> assertEveryMigrationReversible(db, "filesystem:" + AccountsHistory.folder(Target.SQLITE)));
        assertEquals("assertEveryMigrationReversible needs an empty database; this one has [leftovers]", e.getMessage());
    }

    private Path copy(Path from) throws IOException {
        Path to = Files.createTempDirectory(work, "migration");
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
