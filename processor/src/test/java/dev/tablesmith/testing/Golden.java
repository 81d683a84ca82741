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

    /**
     * The golden folder holds exactly {@code expected} (file names): a file left from an earlier
     * output fails, and the update switch deletes it.
     */
    public static void assertFolderHolds(String relativeFolder, java.util.Set<String> expected) throws IOException {
        Path folder = ROOT.resolve(relativeFolder);
        java.util.Set<String> present = new java.util.TreeSet<>();
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                files.forEach(f -> present.add(f.getFileName().toString()));
            }
        }
        present.removeAll(expected);
        if (Boolean.getBoolean("tablesmith.golden.update")) {
            for (String stale : present) {
                Files.delete(folder.resolve(stale));
            }
            return;
        }
        assertEquals(java.util.Set.of(), present, "golden files in " + folder + " that the output no longer has; "
                + "run with -Dtablesmith.golden.update=true to delete them");
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
