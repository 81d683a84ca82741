package dev.tablesmith.runtime;

import java.util.Objects;

/**
 * A migration Tablesmith wrote, as listed by the generated {@code TablesmithMigrations} class, so
 * that an application can check at start-up that its database has every migration it was built
 * with (compare {@code version} with Flyway's {@code flyway_schema_history}).
 *
 * @param version the Flyway version, e.g. {@code 20261125055451} or {@code 20261125055451.1}
 * @param description the description part of the file name, e.g. {@code create_users}
 * @param script the up file's name, e.g. {@code V20261125055451__create_users.sql}
 * @param sha256 SHA-256 (lower-case hex) of the up file's bytes, as recorded in
 *     {@code tablesmith-snapshot.json}
 */
public record MigrationInfo(String version, String description, String script, String sha256) {
    public MigrationInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(sha256, "sha256");
    }
}
