package dev.tablesmith;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.dialect.mysql.MariaDbMappingMatrixTest;
import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.dialect.sqlite.SqliteMappingMatrixTest;
import dev.tablesmith.testing.Golden;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.CommittedHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated SQL, as reviewed text: the matrix per dialect, and the shop example's committed migration. */
class GoldenMigrationTest {
    static final Path SHOP = Path.of("../examples/shop");

    @TempDir
    Path out;

    /** The mapping matrix's first migration for each dialect (the files the matrix tests run on each engine). */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "sqlite"})
    void matrixMigrationMatchesGolden(String dialect) throws IOException {
        JavaFileObject[] sources = switch (dialect) {
            case "mysql" -> MariaDbMappingMatrixTest.sources();
            case "sqlite" -> SqliteMappingMatrixTest.sources();
            default -> MappingMatrixTest.sources();
        };
        Compilation c = MappingMatrixTest.namingRulesAsWarnings(TestCompiler.writingTo(out))
                .option("tablesmith.dialect", dialect).compile(sources);
        assertThat(c).succeeded();
        for (String file : List.of("V20260101000000__initial_schema.sql", "U20260101000000__initial_schema.sql",
                "tablesmith-snapshot.json")) {
            Golden.assertMatches(dialect + "/matrix/" + file, Files.readString(out.resolve(file)));
        }
    }

    /**
     * The shop's committed first migration has exactly the statements this processor writes for the
     * shop's entities today: what it writes since beside them (the squawk directives and the timeouts
     * at the top) is all that differs, and today's whole output is a reviewed golden file. Committed
     * migrations are never rewritten, so the committed file stays as it was written (with the {@code
     * updated_at} function as it was before issue 16). (Later
     * migrations of the shop are history and may come from older versions.)
     */
    @Test
    void shopInitialMigrationIsWhatTheProcessorWrites() throws IOException {
        Path committed = SHOP.resolve("src/main/resources/db/migration");
        String upName;
        try (Stream<Path> files = Files.list(committed)) {
            upName = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V")).sorted()
                    .findFirst().orElseThrow();
        }
        Matcher m = Pattern.compile("V(\\d+)__(.+)\\.sql").matcher(upName);
        assertTrue(m.matches(), upName);
        Compilation c = TestCompiler.writingTo(out).option("tablesmith.version", m.group(1)).compile(shopSources());
        assertThat(c).succeeded();
        String downName = "U" + upName.substring(1);
        for (String name : List.of(upName, downName)) {
            String written = Files.readString(out.resolve(name));
            Golden.assertMatches("postgresql/shop/" + name, written);
            String asCommitted = withoutLaterHeader(written);
            if (name.equals(upName)) {
                // the updated_at function as it was before issue 16
                asCommitted = CommittedHistory.asBeforeIssue16(asCommitted, PostgresDialect.updatedAtFunction());
            }
            assertEquals(Files.readString(committed.resolve(name)), asCommitted, name);
        }
    }

    /** The lines a script has gained at its top since the shop's migration was committed. */
    static String withoutLaterHeader(String script) {
        return script.replaceAll("(?m)^-- squawk-ignore-file .*\n", "")
                .replaceAll("(?m)^SET lock_timeout = .*\nSET statement_timeout = .*\n\n", "");
    }

    static JavaFileObject[] shopSources() throws IOException {
        Path dir = SHOP.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(p -> {
                try {
                    String name = dir.relativize(p).toString().replace('/', '.').replace(".java", "");
                    return JavaFileObjects.forSourceString(name, Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toArray(JavaFileObject[]::new);
        }
    }
}
