package dev.tablesmith.snapshot;

import dev.tablesmith.model.Schema;
import java.util.List;

/**
 * {@code tablesmith-snapshot.json}: the schema as of the newest migration and the migrations that
 * built it, each with the checksums of its files, so edited, missing or unknown files are noticed.
 */
public record Snapshot(List<MigrationRecord> migrations, Schema schema) {
    public static final int FORMAT = 1;
    public static final String FILE_NAME = "tablesmith-snapshot.json";
    public static final Snapshot EMPTY = new Snapshot(List.of(), Schema.EMPTY);

    public Snapshot {
        migrations = List.copyOf(migrations);
    }

    /** The newest migration's version, or null when there is none. */
    public String latestVersion() {
        return migrations.isEmpty() ? null : migrations.get(migrations.size() - 1).version();
    }

    /**
     * One migration: its version, description and the SHA-256 of each file it consists of.
     */
    public record MigrationRecord(String version, String name, List<FileChecksum> files) {
        public MigrationRecord {
            files = List.copyOf(files);
        }
    }

    /** A migration file and the SHA-256 (hex) of its bytes. */
    public record FileChecksum(String file, String sha256) {}
}
