package dev.tablesmith.migration;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.safety.SafetyCheck;
import dev.tablesmith.snapshot.Snapshot;
import dev.tablesmith.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A migration folder as this build finds it, read once: its snapshot, what is wrong with its history
 * (edited, missing or unknown migration files), and the current text of a document kept beside the
 * migrations. The planning steps after it are pure.
 *
 * @param snapshot the snapshot, {@link Snapshot#EMPTY} when there is none or it cannot be read
 * @param problems errors that stop any migration of this folder (unreadable snapshot, history)
 * @param readable whether the snapshot could be read (an incremental build uses it even when the
 *     history has problems)
 * @param document the current {@code schema.md}, or null when there is none
 */
public record FolderState(Target target, Snapshot snapshot, List<Finding> problems, boolean readable,
        String document) {
    public FolderState {
        problems = List.copyOf(problems);
    }

    public static FolderState read(Target target, String documentName) {
        MigrationFolder folder = new MigrationFolder(target.folder());
        List<Finding> problems = new ArrayList<>();
        Snapshot snapshot = Snapshot.EMPTY;
        boolean readable = false;
        try {
            snapshot = folder.readSnapshot();
            readable = true;
            problems.addAll(folder.verify(snapshot));
            // the snapshot's names and fragments reach the next migration (drops, rebuilds, downs)
            problems.addAll(SafetyCheck.checkSnapshot(snapshot.schema(), List.of(target.dialect().engine()),
                    folder.snapshotFile().toString()));
        } catch (IOException e) {
            problems.add(Finding.withoutElement(MigrationMessages.CANNOT_READ, folder.dir(), e.getMessage()));
        } catch (SnapshotCodec.SnapshotFormatException e) {
            problems.add(folder.unreadable(e));
        }
        return new FolderState(target, snapshot, problems, readable, document(target.folder().resolve(documentName)));
    }

    private static String document(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null; // rewritten (or reported as out of date) like a missing one
        }
    }

    /**
     * What the folder holds now, as one value: every file's name and SHA-256 (not the lock and
     * temporary files). Taken before the folder is read and again under the lock before writing:
     * a difference means another build wrote the folder meanwhile.
     */
    public static String fingerprint(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals(FolderLock.FILE_NAME) || name.startsWith(FolderWrites.TEMP_PREFIX)) {
                    continue;
                }
                b.append(name).append(' ')
                        .append(Files.isRegularFile(p) ? Checksums.sha256(Files.readAllBytes(p)) : "dir").append('\n');
            }
        } catch (IOException e) {
            b.append("unreadable: ").append(e.getMessage());
        }
        return b.toString();
    }

    public Optional<Snapshot> readableSnapshot() {
        return readable ? Optional.of(snapshot) : Optional.empty();
    }
}
