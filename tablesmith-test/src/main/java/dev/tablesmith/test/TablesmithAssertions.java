package dev.tablesmith.test;

import javax.sql.DataSource;

/**
 * Assertions for a test of the user's own database, JUnit-friendly: a failure is an
 * {@link AssertionError} whose message lists every difference, one a line. The location is the
 * migration folder as Flyway takes it: {@code db/migration} (class path, where Tablesmith's
 * migrations and {@code tablesmith-snapshot.json} are at run time), {@code classpath:...} or
 * {@code filesystem:...}. {@link SchemaCheck} has the same with options.
 *
 * <pre>{@code
 * import static dev.tablesmith.test.TablesmithAssertions.*;
 *
 * @Test void theDatabaseIsWhatTheEntitiesSay() {
 *     flyway.migrate();
 *     assertMatchesSnapshot(dataSource, "db/migration");
 * }
 *
 * @Test void everyMigrationCanBeUndone() {
 *     assertEveryMigrationReversible(emptyDataSource, "db/migration");
 * }
 * }</pre>
 */
public final class TablesmithAssertions {
    private TablesmithAssertions() {
    }

    /** See {@link SchemaCheck#assertMatchesSnapshot()}. */
    public static void assertMatchesSnapshot(DataSource dataSource, String location) {
        SchemaCheck.of(dataSource).migrations(location).assertMatchesSnapshot();
    }

    /** See {@link SchemaCheck#assertEveryMigrationReversible()}. */
    public static void assertEveryMigrationReversible(DataSource emptyDatabase, String location) {
        SchemaCheck.of(emptyDatabase).migrations(location).assertEveryMigrationReversible();
    }
}
