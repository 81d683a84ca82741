package dev.tablesmith.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.ProblemIds;
import dev.tablesmith.model.Schema;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder's two promises: its history matches the snapshot (checked file by file, the
 * non-transactional {@code .sql.conf} included), and a write lands completely or not at all, never
 * replacing a migration file. Failures are made without permission bits, which do not stop root.
 */
class MigrationFolderTest {
    static final String UP = "V2__add_index.sql";
    static final String DOWN = "U2__add_index.sql";
    static final String CONF = "V2__add_index.sql.conf";

    @TempDir
    Path tmp;
    MigrationFolder folder;

    @BeforeEach
    void firstMigration() throws IOException {
        folder = new MigrationFolder(tmp.resolve("db"));
        Map<String, String> files = new LinkedHashMap<>();
        files.put(UP, "CREATE INDEX CONCURRENTLY idx_users_email ON users (email);\n");
        files.put(DOWN, "DROP INDEX CONCURRENTLY idx_users_email;\n");
        files.put(CONF, Script.NON_TRANSACTIONAL_CONF);
        folder.write(files, SnapshotCodec.write(snapshotOf(files)));
    }

    static Snapshot snapshotOf(Map<String, String> files) {
        List<Snapshot.FileChecksum> sums = files.entrySet().stream()
                .map(e -> new Snapshot.FileChecksum(e.getKey(), Checksums.sha256(e.getValue()))).toList();
        return new Snapshot(List.of(new Snapshot.MigrationRecord("2", "add_index", sums)), Schema.EMPTY);
    }

    @Test
    void aConsistentFolderVerifies() throws Exception {
        assertEquals(List.of(), folder.verify(folder.readSnapshot()));
        assertEquals(List.of(DOWN, UP, CONF, Snapshot.FILE_NAME), names(), "no temporary file is left");
    }

    @Test
    void anEditedConfFileIsReported() throws Exception {
        Files.writeString(folder.dir().resolve(CONF), "executeInTransaction=true\n");
        List<Finding> problems = folder.verify(folder.readSnapshot());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("migration file " + CONF + " in " + folder.dir()
                + " was edited after Tablesmith wrote it"), problems.get(0).message());
        assertEquals(ProblemIds.MIGRATION_HISTORY, problems.get(0).ruleId());
    }

    @Test
    void aMigrationFileIsNeverOverwritten() throws Exception {
        Map<String, byte[]> before = contents();
        Map<String, String> next = new LinkedHashMap<>();
        next.put("V3__more.sql", "SELECT 1;\n");
        next.put(UP, "DROP TABLE users;\n"); // the name of an existing migration
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> folder.write(next, "{}\n"));
        assertTrue(e.getMessage().contains(UP), e.getMessage());
        assertSame(before, contents());
    }

    @Test
    void aFailureReplacingTheSnapshotRemovesTheNewFilesAgain() throws Exception {
        // the snapshot cannot be replaced: a non-empty directory stands where it goes
        Path db = folder.dir();
        Files.delete(db.resolve(Snapshot.FILE_NAME));
        Files.createDirectories(db.resolve(Snapshot.FILE_NAME).resolve("inside"));
        Map<String, byte[]> before = contents();
        Map<String, String> next = new LinkedHashMap<>();
        next.put("V3__more.sql", "SELECT 1;\n");
        next.put("U3__more.sql", "SELECT 2;\n");
        assertThrows(IOException.class, () -> folder.write(next, "{}\n"));
        assertSame(before, contents());

        // an empty directory would be replaced by a plain move: refused the same way
        Files.delete(db.resolve(Snapshot.FILE_NAME).resolve("inside"));
        Map<String, byte[]> beforeEmpty = contents();
        assertThrows(FileAlreadyExistsException.class, () -> folder.write(next, "{}\n"));
        assertSame(beforeEmpty, contents());
        assertTrue(Files.isDirectory(db.resolve(Snapshot.FILE_NAME)));
    }

    @Test
    void aFolderThatCannotBeCreatedLeavesNothingBehind() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file, not a folder\n");
        MigrationFolder below = new MigrationFolder(blocker.resolve("db"));
        assertThrows(IOException.class, () -> below.write(Map.of("V1__x.sql", "SELECT 1;\n"), "{}\n"));
        assertEquals("a file, not a folder\n", Files.readString(blocker));

        // a failure in a folder this write created removes the folder again
        MigrationFolder created = new MigrationFolder(tmp.resolve("new-db"));
        assertThrows(IOException.class, () -> created.write(Map.of("no-such-sub-folder/V1__x.sql", "SELECT 1;\n"),
                "{}\n"));
        assertFalse(Files.exists(created.dir()));
    }

    @Test
    void onlyStaleTemporaryFilesOfKilledBuildsAreSwept() throws Exception {
        Path stale = Files.writeString(folder.dir().resolve(".tablesmith-123.tmp"), "left by a killed build");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path fresh = Files.writeString(folder.dir().resolve(".tablesmith-456.tmp"), "another build, writing now");
        Map<String, String> next = new TreeMap<>(Map.of("V3__more.sql", "SELECT 1;\n", "U3__more.sql", "SELECT 2;\n"));
        folder.write(next, "{}\n");
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
        assertEquals("SELECT 1;\n", Files.readString(folder.dir().resolve("V3__more.sql")));
        assertEquals("{}\n", Files.readString(folder.snapshotFile()));
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "the folder's entries");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }

    private List<String> names() throws IOException {
        return List.copyOf(contents().keySet());
    }

    /** Every entry of the folder (temporary files included), name → bytes; directories as empty. */
    private Map<String, byte[]> contents() throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder.dir())) {
            for (Path p : list.toList()) {
                out.put(p.getFileName().toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return out;
    }
}
