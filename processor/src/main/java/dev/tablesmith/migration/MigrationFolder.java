package dev.tablesmith.migration;

import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.snapshot.SnapshotCodec.SnapshotFormatException;
import dev.tablesmith.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
     * as it was ({@link FolderWrites}). Existing files are never overwritten.
     */
    public void write(Map<String, String> newFiles, String snapshotJson) throws IOException {
        FolderWrites.commit(List.of(new FolderWrites.Write(dir, newFiles, Map.of(Snapshot.FILE_NAME, snapshotJson))));
    }

    /**
     * Replaces a document that is not a migration ({@code schema.md}) when its bytes differ from the
     * content, atomically; an unchanged file is not touched (its time stamp stays).
     *
     * @return whether the file was written
     */
    public boolean replaceIfChanged(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        FolderWrites.commit(List.of(new FolderWrites.Write(dir, Map.of(), Map.of(name, content))));
        return true;
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
