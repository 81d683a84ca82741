package dev.tablesmith.test.it;

import static dev.tablesmith.test.TablesmithAssertions.assertMatchesSnapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.test.SchemaCheck;
import dev.tablesmith.testkit.Migrations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code assertMatchesSnapshot} on the three engines: a database migrated by Tablesmith's own
 * migrations (applied by real Flyway) matches its snapshot with no difference at all, and each
 * hand-made drift is reported with exactly its line, and nothing else.
 */
class MatchesSnapshotTest {

    /** The accounts history for the engine, migrated by Flyway into a fresh database. */
    private static DataSource accounts(Target target) {
        DataSource db = target.newDatabase("accounts").dataSource();
        Migrations.migrate(db, AccountsHistory.folder(target));
        return db;
    }

    private static List<String> differences(Target target, DataSource db) {
        return SchemaCheck.of(db).migrations(AccountsHistory.folder(target)).differences();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aDatabaseMigratedByTablesmithsMigrationsMatchesItsSnapshotExactly(Target target) {
        for (Path folder : List.of(AccountsHistory.folder(target), target.library())) {
            DataSource db = target.newDatabase("clean").dataSource();
            Migrations.migrate(db, folder);
            assertEquals(List.of(), SchemaCheck.of(db).migrations(folder).differences(), target + ": " + folder);
            assertMatchesSnapshot(db, "filesystem:" + folder);
        }
    }

    /** The shop has what only PostgreSQL writes: GIN/GiST, INCLUDE, partial and expression indexes, an exclusion constraint, arrays, JSONB, UUID. */
    @Test
    void theShopMatchesOnPostgresql() {
        Path shop = Target.EXAMPLES.resolve("shop/src/main/resources/db/migration");
        DataSource db = Target.POSTGRESQL.newDatabase("shop").dataSource();
        Migrations.migrate(db, shop);
        assertEquals(List.of(), SchemaCheck.of(db).migrations(shop).differences());
    }

    /** Not vacuous: an empty database misses everything, and the class-path form of the location reads the folder too. */
    @ParameterizedTest
    @EnumSource(Target.class)
    void anEmptyDatabaseMissesEveryTable(Target target) {
        DataSource db = target.newDatabase("empty").dataSource();
        List<String> expected = new ArrayList<>(List.of("table user_preferences: missing in database",
                "table users: missing in database"));
        if (target == Target.POSTGRESQL) {
            expected.add("function update_updated_at_column(): missing in database");
        }
        assertEquals(expected, differences(target, db));
        AssertionError e = assertThrows(AssertionError.class,
                () -> assertMatchesSnapshot(db, "filesystem:" + AccountsHistory.folder(target)));
        assertEquals("the database does not match filesystem:" + AccountsHistory.folder(target)
                + "/tablesmith-snapshot.json (" + expected.size() + " differences):\n  " + String.join("\n  ", expected),
                e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aDroppedIndex(Target target) {
        DataSource db = accounts(target);
        Sql.run(db, target == Target.MARIADB ? "DROP INDEX idx_users_phone ON users" : "DROP INDEX idx_users_phone");
        assertEquals(List.of("index idx_users_phone on users: missing in database"), differences(target, db));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aChangedDefault(Target target) {
        DataSource db = accounts(target);
        if (target == Target.SQLITE) {
            Sql.editSqliteTable(db, "user_preferences", "DEFAULT 'light'", "DEFAULT 'dark'");
        } else {
            Sql.run(db, "ALTER TABLE user_preferences ALTER COLUMN theme SET DEFAULT 'dark'");
        }
        assertEquals(List.of("user_preferences.theme: default 'light' (snapshot) vs 'dark' (database)"),
                differences(target, db));
    }

    /** PostgreSQL: a check and a foreign key added NOT VALID and never validated. */
    @Test
    void constraintsLeftNotValid() {
        DataSource db = accounts(Target.POSTGRESQL);
        Sql.run(db, "ALTER TABLE users DROP CONSTRAINT users_name_not_blank",
                "ALTER TABLE users ADD CONSTRAINT users_name_not_blank CHECK (trim(name) <> '') NOT VALID",
                "ALTER TABLE user_preferences DROP CONSTRAINT user_preferences_user_id_fkey",
                "ALTER TABLE user_preferences ADD CONSTRAINT user_preferences_user_id_fkey FOREIGN KEY (user_id) "
                        + "REFERENCES users (id) ON DELETE CASCADE NOT VALID");
        assertEquals(List.of(
                "foreign key user_preferences_user_id_fkey on user_preferences: NOT VALID in database (never validated)",
                "check users_name_not_blank on users: NOT VALID in database (never validated)"),
                differences(Target.POSTGRESQL, db));
    }

    /**
     * MariaDB and SQLite have no NOT VALID: a constraint is checked against every row when it is
     * added (a check switched off meanwhile leaves no trace in the catalog). What they can show is
     * a constraint that is not the snapshot's: here a weaker check under the same name.
     */
    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MARIADB", "SQLITE"})
    void aChangedCheck(Target target) {
        DataSource db = accounts(target);
        if (target == Target.SQLITE) {
            Sql.editSqliteTable(db, "users", "CHECK (trim(name) <> '')", "CHECK (name <> '')");
        } else {
            Sql.run(db, "ALTER TABLE users DROP CONSTRAINT users_name_not_blank, "
                    + "ADD CONSTRAINT users_name_not_blank CHECK (name <> '')");
        }
        assertEquals(List.of("check users_name_not_blank on users: trim(name) <> '' (snapshot) vs name <> '' (database)"),
                differences(target, db));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anExtraColumn(Target target) {
        DataSource db = accounts(target);
        Sql.run(db, "ALTER TABLE users ADD COLUMN fax VARCHAR(30)");
        assertEquals(List.of("users.fax: column not in snapshot"), differences(target, db));
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"POSTGRESQL", "MARIADB"})
    void aChangedComment(Target target) {
        DataSource db = accounts(target);
        Sql.run(db, target == Target.POSTGRESQL ? "COMMENT ON COLUMN users.email IS 'Where we write to'"
                : "ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL COMMENT 'Where we write to'");
        assertEquals(List.of("comment on users.email: 'Login and contact address' (snapshot) vs 'Where we write to' (database)"),
                differences(target, db));
    }

    /**
     * SQLite has no comments: Tablesmith writes them as {@code --} lines in CREATE TABLE, which SQLite
     * keeps only until a column is added, so they are not compared, and a changed one is no drift.
     */
    @Test
    void sqliteHasNoCommentsSoNoneIsCompared() {
        DataSource db = accounts(Target.SQLITE);
        Sql.editSqliteTable(db, "users", "-- email: Login and contact address", "-- email: Where we write to");
        assertEquals(List.of(), differences(Target.SQLITE, db));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aWiderColumnAndAnExtraTable(Target target) {
        DataSource db = accounts(target);
        switch (target) {
            case POSTGRESQL -> Sql.run(db, "ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(200)");
            case MARIADB -> Sql.run(db, "ALTER TABLE users MODIFY COLUMN name VARCHAR(200) NOT NULL COMMENT 'Display name'");
            case SQLITE -> Sql.editSqliteTable(db, "users", "name VARCHAR(100)", "name VARCHAR(200)");
        }
        Sql.run(db, "CREATE TABLE audit_log (id INTEGER PRIMARY KEY)");
        assertEquals(List.of("table audit_log: not in snapshot",
                "users.name: type varchar(100) (snapshot) vs varchar(200) (database)"), differences(target, db));
    }

    /** What keeps updated_at current: PostgreSQL's and SQLite's trigger, MariaDB's ON UPDATE. */
    @ParameterizedTest
    @EnumSource(Target.class)
    void aDroppedUpdatedAtTrigger(Target target) {
        DataSource db = accounts(target);
        switch (target) {
            case POSTGRESQL -> Sql.run(db, "DROP TRIGGER update_users_updated_at ON users");
            case MARIADB -> Sql.run(db, "ALTER TABLE users MODIFY COLUMN updated_at DATETIME(6) NOT NULL "
                    + "DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'When the row was last changed; a trigger keeps it current for every writer'");
            case SQLITE -> Sql.run(db, "DROP TRIGGER update_users_updated_at");
        }
        assertEquals(List.of(target == Target.MARIADB
                ? "users.updated_at: ON UPDATE CURRENT_TIMESTAMP missing in database (what keeps updated_at current, "
                        + "the snapshot's trigger update_users_updated_at)"
                : "trigger update_users_updated_at on users: missing in database"), differences(target, db));
    }

    @Test
    void aForeignKeyWithAnotherActionAndANullableColumn() {
        DataSource db = accounts(Target.POSTGRESQL);
        Sql.run(db, "ALTER TABLE user_preferences DROP CONSTRAINT user_preferences_user_id_fkey",
                "ALTER TABLE user_preferences ADD CONSTRAINT user_preferences_user_id_fkey FOREIGN KEY (user_id) "
                        + "REFERENCES users (id)",
                "ALTER TABLE users ALTER COLUMN name DROP NOT NULL");
        assertEquals(List.of("foreign key user_preferences_user_id_fkey on user_preferences: (user_id) REFERENCES users (id) "
                        + "ON DELETE CASCADE (snapshot) vs (user_id) REFERENCES users (id) (database)",
                "users.name: NOT NULL (snapshot) vs nullable (database)"), differences(Target.POSTGRESQL, db));
    }

    @Test
    void theHistoryTableIsIgnoredUnlessAnotherIsNamed() {
        DataSource db = accounts(Target.POSTGRESQL);
        assertEquals(List.of(), differences(Target.POSTGRESQL, db));
        assertTrue(SchemaCheck.of(db).migrations(AccountsHistory.folder(Target.POSTGRESQL)).historyTables("my_history")
                .differences().contains("table flyway_schema_history: not in snapshot"));
    }
}
