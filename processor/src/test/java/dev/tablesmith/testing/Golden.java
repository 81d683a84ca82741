package dev.tablesmith.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: the expected text of a generated file.
 * {@code mvn test -Dtablesmith.golden.update=true} rewrites them from the actual output (review the
 * diff before committing); a missing one fails with the path where it belongs.
 */
public final class Golden {
    public static final Path ROOT = Path.of("src/test/resources/golden");
    private static final String UPDATE = "tablesmith.golden.update";

    private Golden() {}

    public static void assertMatches(String relativePath, String actual) {
        assertMatches(ROOT, relativePath, actual, Boolean.getBoolean(UPDATE));
    }

    static void assertMatches(Path root, String relativePath, String actual, boolean update) {
        Path file = root.resolve(relativePath);
        try {
            if (update) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("golden file missing: " + file.toAbsolutePath() + " — run the test with -D" + UPDATE
                        + "=true to write it from the actual output, review it, and commit it. Actual:\n" + actual);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                    "differs from " + file + " (rewrite with -D" + UPDATE + "=true if the change is intended)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
