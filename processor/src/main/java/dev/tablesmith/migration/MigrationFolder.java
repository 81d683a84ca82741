package dev.tablesmith.migration;

import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.snapshot.SnapshotCodec;
import dev.tablesmith.snapshot.SnapshotCodec.SnapshotFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The committed migration folder: reads the snapshot, checks the files against it, and writes a new
 * migration so that either everything lands or nothing changes. Existing files are never
 * overwritten or deleted.
 */
public final class MigrationFolder {
    private static final Pattern MIGRATION_FILE = Pattern.compile("[VU]\\d+(\\.\\d+)*__.+\\.sql(\\.conf)?");
    private static final String TEMP_PREFIX = ".tablesmith-";
    private static final Pattern CONFLICT_MARKER = Pattern.compile("(?m)^(<<<<<<<|>>>>>>>)( |$)");
    /** How to resolve two branches' migrations on one snapshot. */
    static final String MERGE_ADVICE = "To resolve: keep the snapshot and migrations of the branch that was "
            + "merged first (usually main: git checkout main -- " + Snapshot.FILE_NAME + "), delete your branch's "
            + "own migration files that were never applied to a shared database, and build again: Tablesmith "
            + "regenerates your change as one new migration after the merged ones. A migration written by hand "
            + "belongs in another Flyway location, not in this folder.";

    private final Path dir;

    public MigrationFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path snapshotFile() {
        return dir.resolve(Snapshot.FILE_NAME);
    }

    /** The snapshot, or {@link Snapshot#EMPTY} when there is none yet. */
    public Snapshot readSnapshot() throws IOException, SnapshotCodec.SnapshotFormatException {
        Path file = snapshotFile();
        if (!Files.exists(file)) {
            return Snapshot.EMPTY;
        }
        String json = Files.readString(file, StandardCharsets.UTF_8);
        if (CONFLICT_MARKER.matcher(json).find()) {
            throw new SnapshotFormatException("it holds git merge conflict markers: two branches both changed the "
                    + "schema and wrote a migration", null);
        }
        return SnapshotCodec.read(json);
    }

    /** The error for a snapshot that cannot be read, with what to do about it. */
    public String unreadable(SnapshotCodec.SnapshotFormatException e) {
        String cause = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        if (cause.startsWith("it holds git merge conflict markers")) {
            return snapshotFile() + " cannot be read: " + cause + ". Do not merge it by hand: " + MERGE_ADVICE;
        }
        return snapshotFile() + " cannot be read (" + cause + "): restore it from version control "
                + "(git checkout -- " + Snapshot.FILE_NAME + "); it is written by Tablesmith, not by hand";
    }

    /**
     * Problems with the folder's history: files the snapshot lists that are missing or edited, and
     * migration files the snapshot does not know (another branch's migration, or one written by hand).
     * A file whose only change is CRLF line endings (git's {@code core.autocrlf} on Windows) is not edited.
     */
    public List<String> verify(Snapshot snapshot) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        for (Snapshot.MigrationRecord m : snapshot.migrations()) {
            for (Snapshot.FileChecksum f : m.files()) {
                known.add(f.file());
                Path file = dir.resolve(f.file());
                if (!Files.isRegularFile(file)) {
                    problems.add("migration file " + f.file() + " is listed in " + Snapshot.FILE_NAME
                            + " but missing from " + dir + ": restore it from version control (git checkout -- "
                            + f.file() + "); a migration that may have run must stay, and Tablesmith never "
                            + "writes one again");
                } else if (!matches(Files.readAllBytes(file), f.sha256())) {
                    problems.add("migration file " + f.file() + " in " + dir + " was edited after Tablesmith wrote "
                            + "it (its SHA-256 differs from the one in " + Snapshot.FILE_NAME + "): revert the edit "
                            + "(git checkout -- " + f.file() + ") and change the entities instead, so the next "
                            + "migration carries the change; a migration that has run must not change");
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> MIGRATION_FILE.matcher(n).matches())
                        .filter(n -> !known.contains(n)).sorted().forEach(unknown::add);
            }
        }
        if (!unknown.isEmpty() && snapshot.migrations().isEmpty() && !Files.exists(snapshotFile())) {
            problems.add(dir + " holds migrations (" + String.join(", ", unknown) + ") but no " + Snapshot.FILE_NAME
                    + ": restore it from version control; Tablesmith does not rebuild it from SQL, and writing a "
                    + "first migration over existing ones would create every table again");
        } else if (!unknown.isEmpty()) {
            problems.add("migration files in " + dir + " are not recorded in " + Snapshot.FILE_NAME + ": "
                    + String.join(", ", unknown) + ". Most likely two branches each wrote a migration from the "
                    + "same snapshot and were merged (or a file was written by hand), so the history has two "
                    + "heads and no migration is written on top of it. " + MERGE_ADVICE);
        }
        return problems;
    }

    private static boolean matches(byte[] bytes, String sha256) {
        if (Checksums.sha256(bytes).equals(sha256)) {
            return true;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.contains("\r\n") && Checksums.sha256(text.replace("\r\n", "\n")).equals(sha256);
    }

    /**
     * Writes new files and replaces the snapshot, so that either all of it lands or the folder stays
     * as it was. Every file is first written to a temporary file in the folder (same file system, so
     * the moves are renames); then each new file is put in place without ever replacing an existing
     * one, and last the snapshot is replaced atomically: a reader sees the old snapshot or the new
     * one, never half of either. On any failure the files put in place so far (all of them new) are
     * removed, the temporary files deleted, and a folder this call created removed again.
     */
    public void write(Map<String, String> newFiles, String snapshotJson) throws IOException {
        boolean created = !Files.exists(dir);
        List<Path> staged = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            sweepStaleTemporaryFiles();
            for (String name : newFiles.keySet()) {
                if (Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(dir.resolve(name).toString(), null,
                            "a migration file of that name exists and is never overwritten");
                }
            }
            Map<Path, Path> moves = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : newFiles.entrySet()) {
                Path tmp = stage(e.getValue());
                staged.add(tmp);
                moves.put(tmp, dir.resolve(e.getKey()));
            }
            Path stagedSnapshot = stage(snapshotJson);
            staged.add(stagedSnapshot);
            for (Map.Entry<Path, Path> e : moves.entrySet()) {
                placeNew(e.getKey(), e.getValue());
                placed.add(e.getValue());
            }
            if (Files.isDirectory(snapshotFile(), LinkOption.NOFOLLOW_LINKS)) {
                // a move with REPLACE_EXISTING would replace an empty directory
                throw new FileAlreadyExistsException(snapshotFile().toString(), null, "a directory is in the way");
            }
            try {
                Files.move(stagedSnapshot, snapshotFile(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(stagedSnapshot, snapshotFile(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            for (Path p : placed) {
                deleteQuietly(p, e);
            }
            for (Path p : staged) {
                deleteQuietly(p, e);
            }
            if (created) {
                deleteQuietly(dir, e); // only when empty: it fails on anything else
            }
            throw e;
        } finally {
            for (Path p : staged) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Puts a new file in place, failing if the name exists. A hard link is created atomically only
     * when nothing has the name, so two builds writing at once cannot overwrite each other; where
     * the file system has no hard links, a move that checks first.
     */
    private static void placeNew(Path staged, Path target) throws IOException {
        try {
            Files.createLink(target, staged);
            Files.delete(staged);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            Files.move(staged, target); // no REPLACE_EXISTING: never overwrite
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
    private void sweepStaleTemporaryFiles() throws IOException {
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
     * Replaces a document that is not a migration ({@code schema.md}) when its bytes differ from the
     * content: written to a temporary file in the folder, then moved over the old one atomically, so
     * no reader sees half a file. An unchanged file is not touched (its time stamp stays).
     *
     * @return whether the file was written
     */
    public boolean replaceIfChanged(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        Files.createDirectories(dir);
        Path staged = stage(content);
        try {
            try {
                Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(staged);
        }
        return true;
    }

    /** Whether the file's bytes equal the content (false when it is missing). */
    public boolean hasContent(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file)
                && Arrays.equals(Files.readAllBytes(file), content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The names of the files a build puts on the class path, sorted: the migration files, the
     * snapshot and those of {@code documents} that exist. Temporary files are left out.
     */
    public List<String> publishedFiles(List<String> documents) throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> MIGRATION_FILE.matcher(n).matches() || n.equals(Snapshot.FILE_NAME)
                            || documents.contains(n))
                    .sorted().forEach(names::add);
        }
        return names;
    }

    private Path stage(String content) throws IOException {
        Path tmp = Files.createTempFile(dir, TEMP_PREFIX, ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        return tmp;
    }
}
