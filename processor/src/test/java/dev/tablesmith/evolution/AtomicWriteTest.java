package dev.tablesmith.evolution;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.evolution.HistoryTest.ORDER;
import static dev.tablesmith.evolution.HistoryTest.USER;
import static dev.tablesmith.evolution.HistoryTest.assertUnchanged;
import static dev.tablesmith.evolution.HistoryTest.contents;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the processor: a folder that cannot take the migration is a compile error and stays as
 * it was (the write path's own failures are in {@code MigrationFolderTest}).
 */
class AtomicWriteTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryWhereTheSnapshotGoesIsAnErrorAndNothingIsWritten() throws IOException {
        Files.createDirectories(dir.resolve("tablesmith-snapshot.json"));
        Map<String, byte[]> before = contents(dir);
        Compilation c = TestCompiler.writingTo(dir).compile(USER, ORDER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("cannot read " + dir);
        assertThat(c).hadErrorContaining("[io]");
        assertUnchanged(before, dir);
    }

    @Test
    void aFileWithTheNewMigrationsNameIsNeitherOverwrittenNorAdopted() throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(USER)).succeeded();
        Path clash = Files.writeString(dir.resolve("V20260201000000__add_orders.sql"), "-- a teammate's file\n");
        Map<String, byte[]> before = contents(dir);
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", "20260201000000")
                .option("tablesmith.name", "add_orders").compile(USER, ORDER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("V20260201000000__add_orders.sql. Most likely two branches");
        assertUnchanged(before, dir);
        assertEquals("-- a teammate's file\n", Files.readString(clash));
    }
}
