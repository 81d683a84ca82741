package dev.tablesmith.dialect.mysql;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.tablesmith.MappingMatrixTestAccess;
import dev.tablesmith.testing.Golden;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL {@code dialect=mysql} writes, as reviewed text: the mapping matrix's first migration (up and
 * down; the same files {@link MariaDbMappingMatrixTest} runs on MariaDB), and every migration of the
 * {@link MariaDbEvolutionTest} steps (MODIFY COLUMN, online index builds, renames).
 */
class MySqlGoldenTest {
    @TempDir
    Path out;

    @Test
    void matrixMigrationMatchesGolden() throws IOException {
        Compilation c = MappingMatrixTestAccess.namingRulesAsWarnings(TestCompiler.writingTo(out))
                .option("tablesmith.dialect", "mysql").compile(MariaDbMappingMatrixTest.sources());
        assertThat(c).succeeded();
        for (String file : List.of("V20260101000000__initial_schema.sql", "U20260101000000__initial_schema.sql")) {
            Golden.assertMatches("mysql/matrix/" + file, Files.readString(out.resolve(file)));
        }
    }

    @Test
    void evolutionMigrationsMatchGolden() throws IOException {
        for (MariaDbEvolutionTest.Step step : MariaDbEvolutionTest.steps()) {
            Compilation c = TestCompiler.writingTo(out).option("tablesmith.dialect", "mysql")
                    .option("tablesmith.version", "202601010000" + step.version())
                    .compile(MariaDbEvolutionTest.sources(step));
            assertThat(c).succeeded();
        }
        List<Path> scripts;
        try (Stream<Path> files = Files.list(out)) {
            scripts = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        for (Path script : scripts) {
            Golden.assertMatches("mysql/evolution/" + script.getFileName(), Files.readString(script));
        }
    }
}
