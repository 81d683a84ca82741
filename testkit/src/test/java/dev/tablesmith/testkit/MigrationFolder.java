package dev.tablesmith.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes migration files into a temp folder for tests. */
final class MigrationFolder {
    private final Path dir;

    MigrationFolder(Path dir) {
        this.dir = dir;
    }

    MigrationFolder file(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds the Flyway per-script marker {@code executeInTransaction=false}. */
    MigrationFolder nonTransactional(String script) {
        return file(script + ".conf", "executeInTransaction=false\n");
    }

    Path path() {
        return dir;
    }
}
