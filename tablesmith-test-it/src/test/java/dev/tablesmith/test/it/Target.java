package dev.tablesmith.test.it;

import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.PostgresServer;
import dev.tablesmith.testkit.SqliteDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/** The three engines, each with a fresh database on demand and its JDBC URL (for the drift command). */
enum Target {
    POSTGRESQL("postgresql"),
    MARIADB("mysql"),
    SQLITE("sqlite");

    /** The examples' committed migrations, read from the repository (this module builds before them). */
    static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
    private static Path sqliteFiles;

    final String dialect;

    Target(String dialect) {
        this.dialect = dialect;
    }

    /** The library example's committed folder for this engine: one entity set, three dialects. */
    Path library() {
        return EXAMPLES.resolve("library/src/main/resources/db/migration").resolve(dialect);
    }

    /** A fresh, empty database. */
    Database newDatabase(String name) {
        return switch (this) {
            case POSTGRESQL -> {
                String db = PostgresServer.shared().createDatabase(name);
                yield new Database(PostgresServer.shared().dataSource(db), PostgresServer.shared().jdbcUrl(db));
            }
            case MARIADB -> {
                String db = MariaDbServer.shared().createDatabase(name);
                yield new Database(MariaDbServer.shared().dataSource(db), MariaDbServer.shared().jdbcUrl(db));
            }
            case SQLITE -> {
                Path file = sqliteDir().resolve(name + "_" + System.nanoTime() + ".db");
                yield new Database(SqliteDatabase.create(file), "jdbc:sqlite:" + file);
            }
        };
    }

    private static synchronized Path sqliteDir() {
        if (sqliteFiles == null) {
            try {
                sqliteFiles = deletedAtExit(Files.createTempDirectory("tablesmith-test-it-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sqliteFiles;
    }

    /** The directory, deleted with what it holds when the JVM ends. */
    static Path deletedAtExit(Path directory) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (java.util.stream.Stream<Path> walk = Files.walk(directory)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // best effort: it is under the temporary directory
            }
        }));
        return directory;
    }

    record Database(DataSource dataSource, String url) {
    }
}
