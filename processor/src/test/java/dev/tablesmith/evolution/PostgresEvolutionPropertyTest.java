package dev.tablesmith.evolution;

import dev.tablesmith.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The evolution engine, proven on PostgreSQL with random models and random evolution steps
 * ({@link EvolutionRun}, the harness every engine shares). For every step of every try:
 * <ul>
 *   <li>rows are inserted first, and after the step's up scripts every one of them is still there
 *       with the values of the columns that survived;</li>
 *   <li>the database migrated step by step has exactly the catalog of a fresh database created from
 *       the same model in one go (tables, columns with type, nullability, default and comment, keys,
 *       foreign keys with ON DELETE, uniques, checks, indexes with comments, triggers, functions,
 *       sequences) — the catalog is compared, never the SQL text;</li>
 *   <li>the step's down scripts, run last first, give back exactly the catalog before the step; the
 *       up scripts then run again and the run goes on.</li>
 * </ul>
 *
 * <p>{@code -Dtablesmith.evolution.postgresql.tries} (default 15), {@code .steps} (default 10),
 * {@code .master} (a number, or {@code random} to explore) and {@code .seed} (replays one try). The
 * default tries are the first of the same fixed master seed the build always ran; a local run with
 * {@code .tries=200} is the long one.
 */
class PostgresEvolutionPropertyTest {
    @TestFactory
    Stream<DynamicTest> randomEvolutionsMatchFreshCreatesAndUndo() {
        return EvolutionRun.tries("postgresql", 15, 10, 20261202L, Target.POSTGRESQL, Databases::new);
    }

    /** A database for the chain, and one for the fresh creates that is emptied before each. */
    private static final class Databases implements EvolutionRun.Databases {
        private final PostgresServer server = PostgresServer.shared();
        private final String chainName = server.createDatabase("evolution");
        private final String freshName = server.createDatabase("evolution_fresh");

        @Override
        public DataSource chain() {
            return server.dataSource(chainName);
        }

        @Override
        public DataSource emptyFresh() throws SQLException {
            DataSource fresh = server.dataSource(freshName);
            try (Connection c = fresh.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
            return fresh;
        }

        @Override
        public void close() {
            drop(chainName);
            drop(freshName);
        }

        private void drop(String database) {
            try (Connection c = server.admin().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("dropping " + database + " failed: " + e.getMessage());
            }
        }
    }
}
