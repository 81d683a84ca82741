package dev.tablesmith.migration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Serializes the builds that write one migration folder: an exclusive {@link FileLock} on
 * {@value #FILE_NAME} inside each folder, held while a build re-reads the folder and writes it,
 * taken in path order so two builds locking the same folders cannot deadlock. Works across
 * processes (two IDE or Maven builds) and across threads of one JVM (parallel Maven modules, whose
 * processors may come from different class loaders): the JVM refuses a second lock on a file it
 * already locks, and that is waited out like another process's lock.
 *
 * <p>The lock file exists only while it is held: the holder deletes it before releasing it, so a
 * folder holds nothing of it after a build, written or failed. A build that waited on a file that
 * was deleted meanwhile notices (the token it wrote into the file is not what the path holds) and
 * locks the file now at the path. Flyway ignores the name (not {@code .sql}); keep it out of git
 * with {@code .tablesmith.lock} in {@code .gitignore} in case a killed build leaves it.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE_NAME = ".tablesmith.lock";
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private record Held(Path file, FileChannel channel, FileLock lock) {}

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
            for (Path dir : folders.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList()) {
                lock.createDirectories(dir);
                lock.held.add(lockOne(dir.resolve(FILE_NAME)));
            }
            return lock;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
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
        while (true) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = null;
            try {
                while (lock == null) {
                    try {
                        lock = channel.tryLock();
                    } catch (OverlappingFileLockException e) {
                        lock = null; // this JVM holds it (another thread's build): wait as for a process
                    }
                    if (lock == null) {
                        if (Instant.now().isAfter(deadline)) {
                            throw new IOException("another build has held " + file + " for over " + PATIENCE.toMinutes()
                                    + " minutes; if none runs, delete the file");
                        }
                        sleep();
                    }
                }
                String token = UUID.randomUUID().toString();
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.US_ASCII)), 0);
                channel.force(false);
                if (token.equals(readQuietly(file))) {
                    return new Held(file, channel, lock);
                }
                // the holder before us deleted this file; lock the one at the path now
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            lock.release();
            channel.close();
        }
    }

    private static String readQuietly(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return null;
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

    /** Deletes the lock files (still holding them), releases them, and removes folders it created that are empty. */
    @Override
    public void close() {
        for (int i = held.size() - 1; i >= 0; i--) {
            Held h = held.get(i);
            try {
                Files.deleteIfExists(h.file());
            } catch (IOException ignored) {
                // left behind: the next build locks and deletes it
            }
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
