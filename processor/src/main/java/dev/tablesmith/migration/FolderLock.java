package dev.tablesmith.migration;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Serializes the builds that write one migration folder: an exclusive {@link FileLock} per folder,
 * held while a build re-reads the folder and writes it, taken in path order so two builds locking
 * the same folders cannot deadlock. Works across processes (two IDE or Maven builds) and across
 * threads of one JVM (parallel Maven modules, whose processors may come from different class
 * loaders): the JVM refuses a second lock on a file it already locks, and that is waited out like
 * another process's lock.
 *
 * <p>The locked file is not in the folder but in a per-user directory under {@code java.io.tmpdir}
 * ({@value #DIR_PREFIX}&lt;user&gt;), named by a hash of the folder's real path, and it is never
 * deleted. Both are needed for the lock to hold: on Linux a {@code FileLock} is a POSIX record
 * lock, which the kernel drops when the process closes <em>any</em> descriptor of the file, so
 * the file must never be opened apart from the locking channel (as checking "is the path still my
 * file?" would); and a lock file that is deleted on release can be locked by one build through the
 * deleted file while the next locks a new file at the same path. The folder holds nothing of it.
 */
public final class FolderLock implements AutoCloseable {
    /** The in-folder lock file of earlier versions; still ignored when it is left in a folder. */
    public static final String FILE_NAME = ".tablesmith.lock";
    static final String DIR_PREFIX = "tablesmith-locks-";
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private record Held(FileChannel channel, FileLock lock) {}

    private final List<Held> held = new ArrayList<>();
    private final List<Path> createdDirs = new ArrayList<>();

    private FolderLock() {}

    /**
     * Locks every folder, creating the ones that do not exist yet (removed again on {@link #close}
     * when still empty).
     *
     * @throws IOException when a folder cannot be created or locked, or another build holds one
     *     for longer than five minutes
     */
    public static FolderLock acquire(List<Path> folders) throws IOException {
        FolderLock lock = new FolderLock();
        try {
            List<Path> real = new ArrayList<>();
            for (Path dir : folders.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList()) {
                lock.createDirectories(dir);
                real.add(dir.toRealPath());
            }
            for (Path dir : real.stream().distinct().sorted().toList()) {
                lock.held.add(lockOne(lockFile(dir)));
            }
            return lock;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The file that stands for a folder: the same for every build of this user on this machine. */
    static Path lockFile(Path realFolder) throws IOException {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), DIR_PREFIX + user);
        Files.createDirectories(dir);
        return dir.resolve(Checksums.sha256(realFolder.toString().getBytes(StandardCharsets.UTF_8)) + ".lock");
    }

    private void createDirectories(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
            missing.add(0, d);
        }
        for (Path d : missing) {
            try {
                Files.createDirectory(d);
                createdDirs.add(d);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another build created it meanwhile: not ours to remove
            }
        }
    }

    private static Held lockOne(Path file) throws IOException {
        Instant deadline = Instant.now().plus(PATIENCE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // this JVM holds it (another thread's build): wait as for a process
                }
                if (lock != null) {
                    return new Held(channel, lock);
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("another build has held the lock of its migration folder (" + file
                            + ") for over " + PATIENCE.toMinutes() + " minutes");
                }
                sleep();
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for another build's lock", e);
        }
    }

    /** Releases the locks and removes folders it created that are still empty. */
    @Override
    public void close() {
        for (int i = held.size() - 1; i >= 0; i--) {
            Held h = held.get(i);
            try {
                h.lock().release();
                h.channel().close();
            } catch (IOException ignored) {
                // closing releases it in any case
            }
        }
        held.clear();
        for (int i = createdDirs.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(createdDirs.get(i)); // fails on a folder that is not empty: kept
            } catch (IOException ignored) {
                // not empty: the build wrote into it
            }
        }
        createdDirs.clear();
    }
}
