package dev.tablesmith.evolution;

import dev.tablesmith.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link PostgresEvolutionPropertyTest} on MariaDB (the shared embedded server) with the MySQL dialect:
 * random models and evolution steps, each try in a database of its own and each step's fresh
 * create in a new one. Only what MySQL/MariaDB writes as declared is generated: B-tree indexes on
 * plain columns, no index or unique constraint on TEXT or JSON columns.
 *
 * <p>{@code -Dtablesmith.evolution.mariadb.tries} (default 10), {@code .steps} (default 8),
 * {@code .master} (a number, or {@code random}) and {@code .seed} (replays one try).
 */
class MariaDbEvolutionPropertyTest {
    @TestFactory
    Stream<DynamicTest> randomEvolutionsMatchFreshCreatesAndUndo() {
        return EvolutionRun.tries("mariadb", 10, 8, 20261202L, Target.MARIADB, Databases::new);
    }

    private static final class Databases implements EvolutionRun.Databases {
        private final MariaDbServer server = MariaDbServer.shared();
        private final List<String> created = new ArrayList<>();
        private final DataSource chain;

        Databases() {
            chain = server.dataSource(create("evolution"));
        }

        private String create(String prefix) {
            String name = server.createDatabase(prefix);
            created.add(name);
            return name;
        }

        @Override
        public DataSource chain() {
            return chain;
        }

        @Override
        public DataSource emptyFresh() {
            // the previous fresh database is no longer needed
            while (created.size() > 1) {
                drop(created.remove(created.size() - 1));
            }
            return server.dataSource(create("evolution_fresh"));
        }

        @Override
        public void close() {
            created.forEach(this::drop);
        }

        private void drop(String database) {
            try (Connection c = server.admin().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            } catch (SQLException e) {
                System.err.println("dropping " + database + " failed: " + e.getMessage());
            }
        }
    }
}
