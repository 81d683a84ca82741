package dev.tablesmith.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}: the expected output, readable in review.
 * Run with {@code -Dtablesmith.golden.update=true} to (re)write them after an intended change; a
 * missing golden file fails with the path where it belongs.
 */
public final class Golden {
    static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    public static void assertMatches(String relativePath, String actual) throws IOException {
        assertMatches(ROOT, relativePath, actual, Boolean.getBoolean("tablesmith.golden.update"));
    }

    /** The same below another root, with the update switch given (for testing the helper itself). */
    static void assertMatches(Path root, String relativePath, String actual, boolean update) throws IOException {
        Path file = root.resolve(relativePath);
        if (update) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("golden file " + file.toAbsolutePath() + " is missing; run with -Dtablesmith.golden.update=true "
                    + "to write it, then review it. Actual output:\n" + actual);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden " + file);
    }
}
