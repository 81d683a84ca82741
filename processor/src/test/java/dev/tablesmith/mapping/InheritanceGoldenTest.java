package dev.tablesmith.mapping;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.Golden;
import dev.tablesmith.testing.TestCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For reading: the PostgreSQL migration of one mapping case per inheritance strategy and of the
 * schema case, as golden files under {@code golden/mapping/} (MappingCaseTest proves them on the
 * engines). {@code -Dtablesmith.golden.update=true} rewrites them.
 */
class InheritanceGoldenTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"inheritance-single-table", "inheritance-joined", "inheritance-table-per-class",
            "table-schema"})
    void migrationReadsAsGolden(String name) throws Exception {
        Path migrations = dir.resolve("migrations");
        Compilation c = TestCompiler.writingTo(migrations).option("tablesmith.rules", "warning")
                .compileAll(MappingCaseTest.sources(MappingCaseTest.CASES.resolve(name)));
        assertThat(c).succeeded();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList()) {
                Golden.assertMatches("mapping/" + name + "/" + f.getFileName(), Files.readString(f));
            }
        }
    }
}
