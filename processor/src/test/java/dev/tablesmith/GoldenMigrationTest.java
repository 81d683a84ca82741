package dev.tablesmith;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.testing.Golden;
import dev.tablesmith.testing.TestCompiler;
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

/** The generated SQL, as reviewed text: golden files, and the example's committed migration. */
class GoldenMigrationTest {
    static final Path SHOP = Path.of("../examples/shop");

    @TempDir
    Path out;

    @Test
    void matrixMigrationMatchesGolden() throws IOException {
        Compilation c = MappingMatrixTest.namingRulesAsWarnings(TestCompiler.writingTo(out))
                .compile(MappingMatrixTest.sources());
        assertThat(c).succeeded();
        for (String file : List.of("V20260101000000__initial_schema.sql", "U20260101000000__initial_schema.sql",
                "tablesmith-snapshot.json")) {
            Golden.assertMatches("matrix/" + file, Files.readString(out.resolve(file)));
        }
    }

    /**
     * What this processor writes as the shop's first migration today, as reviewed golden text. (The
     * shop's committed first migration came from an earlier version: a composite key's column order
     * changed since, which its later migration records; committed migrations are never rewritten.
     * That the committed folder is current is checked by the build of the example itself.)
     */
    @Test
    void shopInitialMigrationMatchesGolden() throws IOException {
        Compilation c = TestCompiler.writingTo(out).compile(shopSources());
        assertThat(c).succeeded();
        for (String file : List.of("V20260101000000__initial_schema.sql", "U20260101000000__initial_schema.sql")) {
            Golden.assertMatches("shop/" + file, Files.readString(out.resolve(file)));
        }
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
