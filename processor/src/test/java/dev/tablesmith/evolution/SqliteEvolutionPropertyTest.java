package dev.tablesmith.evolution;

import dev.tablesmith.testkit.SqliteDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link PostgresEvolutionPropertyTest} on SQLite: random models and evolution steps planned with the
 * SQLite dialect (most steps are table rebuilds), each try on its own temporary database file,
 * and a new file for each step's fresh create. Only what SQLite writes as declared is generated:
 * no INCLUDE, GIN/BRIN/hash, operator classes or NULLS ordering; checks use {@code length}.
 *
 * <p>{@code -Dtablesmith.evolution.sqlite.tries} (default 30), {@code .steps} (default 10),
 * {@code .master} (a number, or {@code random}) and {@code .seed} (replays one try).
 */
class SqliteEvolutionPropertyTest {
    @TestFactory
    Stream<DynamicTest> randomEvolutionsMatchFreshCreatesAndUndo() {
        return EvolutionRun.tries("sqlite", 30, 10, 20261202L, Target.SQLITE, Files::new);
    }

    /** A temporary folder with the chain's file and one file per fresh create. */
    private static final class Files implements EvolutionRun.Databases {
        private final Path dir;
        private final DataSource chain;
        private int fresh;

        Files() {
            try {
                dir = java.nio.file.Files.createTempDirectory("tablesmith-sqlite-evolution");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            chain = SqliteDatabase.create(dir.resolve("chain.db"));
        }

        @Override
        public DataSource chain() {
            return chain;
        }

        @Override
        public DataSource emptyFresh() {
            return SqliteDatabase.create(dir.resolve("fresh" + (++fresh) + ".db"));
        }

        @Override
        public void close() {
            try (Stream<Path> files = java.nio.file.Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("deleting " + dir + " failed: " + e);
            }
        }
    }
}
