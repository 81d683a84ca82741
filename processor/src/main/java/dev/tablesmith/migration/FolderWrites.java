package dev.tablesmith.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the files of several migration folders so that either all of them land or every folder
 * stays as it was: the commit step of a build, after every folder was planned and checked.
 *
 * <p>Every file is first written to a temporary file in its folder (same file system, so the moves
 * are renames). Then the new files are put in place without ever replacing an existing one, and
 * last the replaced files (the snapshot, {@code schema.md}) are moved over the old ones atomically,
 * a reader sees the old file or the new one, never half of either. On any failure the new files put
 * in place so far are removed, replaced files get their old bytes back, the temporary files are
 * deleted and folders this call created are removed again.
 */
public final class FolderWrites {
    static final String TEMP_PREFIX = ".tablesmith-";

    private FolderWrites() {}

    /**
     * The files of one folder.
     *
     * @param newFiles files that must not exist yet (migrations), by name
     * @param replaced files written over their old version when their bytes differ (the snapshot,
     *     {@code schema.md}), by name
     */
    public record Write(Path dir, Map<String, String> newFiles, Map<String, String> replaced) {
        public Write {
            newFiles = Map.copyOf(newFiles);
            replaced = Map.copyOf(replaced);
        }

        public boolean isEmpty() {
            return newFiles.isEmpty() && replaced.isEmpty();
        }
    }

    /** Carries out every write, or none; names are written in sorted order so runs are repeatable. */
    public static void commit(List<Write> writes) throws IOException {
        commit(writes, FileOps.SYSTEM);
    }

    /** As {@link #commit(List)}, changing the folders through {@code ops}. */
    public static void commit(List<Write> writes, FileOps ops) throws IOException {
        List<Path> createdDirs = new ArrayList<>();
        List<Path> staged = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        Map<Path, byte[]> previous = new LinkedHashMap<>(); // replaced file -> old bytes, null when absent
        try {
            Map<Path, Path> newMoves = new LinkedHashMap<>();
            Map<Path, Path> replaceMoves = new LinkedHashMap<>();
            for (Write w : writes) {
                if (w.isEmpty()) {
                    continue;
                }
                createDirectories(w.dir(), createdDirs, ops);
                sweepStaleTemporaryFiles(w.dir());
                for (String name : w.newFiles().keySet().stream().sorted().toList()) {
                    Path target = w.dir().resolve(name);
                    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        throw new FileAlreadyExistsException(target.toString(), null,
                                "a migration file of that name exists and is never overwritten");
                    }
                    Path tmp = stage(w.dir(), w.newFiles().get(name).getBytes(StandardCharsets.UTF_8), staged, ops);
                    newMoves.put(tmp, target);
                }
                for (String name : w.replaced().keySet().stream().sorted().toList()) {
                    Path target = w.dir().resolve(name);
                    byte[] bytes = w.replaced().get(name).getBytes(StandardCharsets.UTF_8);
                    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                        // a move with REPLACE_EXISTING would replace an empty directory
                        throw new FileAlreadyExistsException(target.toString(), null, "a directory is in the way");
                    }
                    byte[] old = Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
                    if (old != null && Arrays.equals(old, bytes)) {
                        continue; // unchanged: not touched, its time stamp stays
                    }
                    Path tmp = stage(w.dir(), bytes, staged, ops);
                    replaceMoves.put(tmp, target);
                    previous.put(target, old);
                }
            }
            for (Map.Entry<Path, Path> e : newMoves.entrySet()) {
                placeNew(e.getKey(), e.getValue(), ops);
                placed.add(e.getValue());
            }
            List<Path> replacedSoFar = new ArrayList<>();
            try {
                for (Map.Entry<Path, Path> e : replaceMoves.entrySet()) {
                    replace(e.getKey(), e.getValue(), ops);
                    replacedSoFar.add(e.getValue());
                }
            } catch (IOException | RuntimeException e) {
                for (Path p : replacedSoFar) {
                    restore(p, previous.get(p), e);
                }
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            for (Path p : placed) {
                deleteQuietly(p, e);
            }
            for (Path p : staged) {
                deleteQuietly(p, e);
            }
            for (int i = createdDirs.size() - 1; i >= 0; i--) {
                deleteQuietly(createdDirs.get(i), e); // only when empty: it fails on anything else
            }
            throw e;
        } finally {
            for (Path p : staged) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void createDirectories(Path dir, List<Path> created, FileOps ops) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = dir.toAbsolutePath(); d != null && !Files.exists(d); d = d.getParent()) {
            missing.add(0, d);
        }
        for (Path d : missing) {
            ops.createDirectory(d);
            created.add(d);
        }
    }

    /**
     * Puts a new file in place, failing if the name exists. A hard link is created atomically only
     * when nothing has the name, so two builds writing at once cannot overwrite each other; where
     * the file system has no hard links, a move that checks first.
     */
    private static void placeNew(Path staged, Path target, FileOps ops) throws IOException {
        try {
            ops.link(target, staged);
            Files.delete(staged);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            ops.move(staged, target); // no REPLACE_EXISTING: never overwrite
        }
    }

    private static void replace(Path staged, Path target, FileOps ops) throws IOException {
        try {
            ops.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            ops.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void restore(Path target, byte[] old, Exception cause) {
        try {
            if (old == null) {
                Files.deleteIfExists(target);
            } else {
                List<Path> tmp = new ArrayList<>();
                try {
                    replace(stage(target.getParent(), old, tmp, FileOps.SYSTEM), target, FileOps.SYSTEM);
                } finally {
                    for (Path p : tmp) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException | RuntimeException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    private static void deleteQuietly(Path p, Exception cause) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    /**
     * Removes temporary files a killed build left behind. Only old ones: a younger one may belong to
     * a build writing right now.
     */
    private static void sweepStaleTemporaryFiles(Path dir) throws IOException {
        Instant stale = Instant.now().minus(Duration.ofHours(1));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(stale)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Writes the content to a new temporary file in the folder (recorded in {@code staged} before a
     * byte is written, so a write that fails halfway is cleaned up too).
     */
    private static Path stage(Path dir, byte[] content, List<Path> staged, FileOps ops) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = temporaryName(dir);
            staged.add(tmp);
            try {
                ops.writeNew(tmp, content);
                return tmp;
            } catch (FileAlreadyExistsException e) {
                staged.remove(tmp); // another build's temporary file: not ours to delete
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static Path temporaryName(Path dir) {
        return dir.resolve(TEMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
}
