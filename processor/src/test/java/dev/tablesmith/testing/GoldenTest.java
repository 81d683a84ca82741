package dev.tablesmith.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The golden-file helper: a missing file fails with its path, a difference fails, update rewrites. */
class GoldenTest {
    @TempDir
    Path root;

    @Test
    void missingDifferentAndUpdated() throws Exception {
        AssertionFailedError missing = assertThrows(AssertionFailedError.class,
                () -> Golden.assertMatches(root, "a/B.java", "class B {}\n", false));
        assertTrue(missing.getMessage().contains(root.resolve("a/B.java").toAbsolutePath().toString()),
                missing.getMessage());
        assertTrue(missing.getMessage().contains("-Dtablesmith.golden.update=true"), missing.getMessage());

        Golden.assertMatches(root, "a/B.java", "class B {}\n", true);
        assertEquals("class B {}\n", Files.readString(root.resolve("a/B.java")));
        Golden.assertMatches(root, "a/B.java", "class B {}\n", false);
        assertThrows(AssertionFailedError.class, () -> Golden.assertMatches(root, "a/B.java", "class C {}\n", false));
    }
}
