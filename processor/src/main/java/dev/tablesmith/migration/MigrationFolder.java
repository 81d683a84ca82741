package dev.tablesmith.migration;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.snapshot.SnapshotCodec.SnapshotFormatException;
import dev.tablesmith.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final Pattern CONFLICT_MARKER = Pattern.compile("(?m)^(<<<<<<<|>>>>>>>)( |$)");
    /** What {@link #readSnapshot} throws for conflict markers, so {@link #unreadable} can say how to resolve them. */
    private static final String MERGE_CONFLICT = "git merge conflict markers";

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
            throw new SnapshotFormatException(MERGE_CONFLICT, null);
        }
        return SnapshotCodec.read(json);
    }

    /** The error for a snapshot that cannot be read, with what to do about it. */
    public Finding unreadable(SnapshotCodec.SnapshotFormatException e) {
        if (MERGE_CONFLICT.equals(e.getMessage())) {
            return Finding.withoutElement(MigrationMessages.SNAPSHOT_MERGE_CONFLICT, snapshotFile());
        }
        String cause = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return Finding.withoutElement(MigrationMessages.SNAPSHOT_UNREADABLE, snapshotFile(), cause);
    }

    /**
     * Problems with the folder's history: files the snapshot lists that are missing or edited, and
     * migration files the snapshot does not know (another branch's migration, or one written by hand).
     * A file whose only change is CRLF line endings (git's {@code core.autocrlf} on Windows) is not edited.
     */
    public List<Finding> verify(Snapshot snapshot) throws IOException {
        List<Finding> problems = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        for (Snapshot.MigrationRecord m : snapshot.migrations()) {
            for (Snapshot.FileChecksum f : m.files()) {
                known.add(f.file());
                Path file = dir.resolve(f.file());
                if (!Files.isRegularFile(file)) {
                    problems.add(Finding.withoutElement(MigrationMessages.FILE_MISSING, f.file(), dir));
                } else if (!matches(Files.readAllBytes(file), f.sha256())) {
                    problems.add(Finding.withoutElement(MigrationMessages.FILE_EDITED, f.file(), dir));
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
            problems.add(Finding.withoutElement(MigrationMessages.NO_SNAPSHOT, dir, String.join(", ", unknown)));
        } else if (!unknown.isEmpty()) {
            problems.add(Finding.withoutElement(MigrationMessages.UNKNOWN_FILES, dir, String.join(", ", unknown)));
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
     * as it was ({@link FolderWrites}). Existing files are never overwritten.
     */
    public void write(Map<String, String> newFiles, String snapshotJson) throws IOException {
        FolderWrites.commit(List.of(new FolderWrites.Write(dir, newFiles, Map.of(Snapshot.FILE_NAME, snapshotJson))));
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
}
