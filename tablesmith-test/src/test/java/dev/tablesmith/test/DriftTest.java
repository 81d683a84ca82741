package dev.tablesmith.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The drift command's arguments (its runs against databases are in tablesmith-test-it). */
class DriftTest {
    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return Drift.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void usage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(out, err, "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: Drift --url <jdbc url>"));
        assertEquals(2, run(out, err, "--url"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Drift: --url needs a value\n"), err.toString());
        err.reset();
        assertEquals(2, run(out, err, "--url", "jdbc:x:y", "--snapshot", "src/test/resources/no.json", "--dialect", "oracle"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Drift: no snapshot file "), err.toString());
    }

    @Test
    void aPasswordInTheUrlIsNotPrinted() {
        assertEquals("jdbc:postgresql://db/app?user=app&password=***&ssl=true",
                Drift.redacted("jdbc:postgresql://db/app?user=app&password=s3cret&ssl=true"));
    }
}
