package dev.tablesmith.migration;

import dev.tablesmith.dialect.Dialect;
import java.nio.file.Path;

/**
 * One migration folder this build keeps: the dialect it is written for, where it is, and where its
 * files go on the class path (so Flyway sees a migration generated in this very build).
 *
 * @param classpathFolder resource folder in the class output, e.g. {@code db/migration/mysql}
 */
public record Target(Dialect dialect, Path folder, String classpathFolder) {}
