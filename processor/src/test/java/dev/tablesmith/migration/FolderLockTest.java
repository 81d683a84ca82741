package dev.tablesmith.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock holds against another process for as long as it is held, leaves nothing in the folder,
 * and is free again after {@link FolderLock#close}. (An earlier version read its lock file back to
 * check it was still the file at the path; on Linux closing that read dropped the POSIX lock, and
 * two builds wrote the same change.)
 */
class FolderLockTest {
    @TempDir
    Path dir;

    @Test
    void anotherProcessCannotLockWhileHeldAndCanAfterwards() throws Exception {
        Path folder = dir.resolve("db/migration");
        Path file;
        try (FolderLock lock = FolderLock.acquire(List.of(folder))) {
            file = FolderLock.lockFile(folder.toRealPath());
            assertEquals("locked by another", otherProcessTries(file));
            try (Stream<Path> inFolder = Files.list(folder)) {
                assertEquals(List.of(), inFolder.toList(), "nothing of the lock in the folder");
            }
        }
        assertEquals("free", otherProcessTries(file));
        assertTrue(Files.notExists(folder), "the folder it created for nothing is removed again");
    }

    @Test
    void aFolderReachedThroughALinkIsTheSameFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("real/migration"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        try (FolderLock lock = FolderLock.acquire(List.of(link.resolve("migration")))) {
            assertEquals("locked by another", otherProcessTries(FolderLock.lockFile(folder.toRealPath())));
        }
    }

    private static String otherProcessTries(Path file) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), TryLock.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the other process finished");
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    /** Another build's JVM: tries the lock once, prints what it found. */
    public static final class TryLock {
        public static void main(String[] args) throws Exception {
            try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = c.tryLock();
                System.out.println(lock == null ? "locked by another" : "free");
            }
        }
    }
}
