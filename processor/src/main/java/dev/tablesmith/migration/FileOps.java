package dev.tablesmith.migration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file operations a commit makes that change a folder, as a seam: the tests put a file system
 * in its place that fails at any chosen step (disk full, permission denied) to prove that every
 * folder stays as it was. Reads and the clean-up after a failure use the file system directly.
 */
public interface FileOps {
    void createDirectory(Path dir) throws IOException;

    /**
     * Creates a file that must not exist and writes the bytes. Created like any build output: the
     * process's umask decides its permissions (not {@code Files.createTempFile}'s owner-only 0600).
     */
    void writeNew(Path file, byte[] bytes) throws IOException;

    /** A hard link {@code link} to {@code existing}; fails if {@code link} exists. */
    void link(Path link, Path existing) throws IOException;

    void move(Path from, Path to, CopyOption... options) throws IOException;

    /** The real file system. */
    FileOps SYSTEM = new FileOps() {
        @Override
        public void createDirectory(Path dir) throws IOException {
            Files.createDirectory(dir);
        }

        @Override
        public void writeNew(Path file, byte[] bytes) throws IOException {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
        }

        @Override
        public void link(Path link, Path existing) throws IOException {
            Files.createLink(link, existing);
        }

        @Override
        public void move(Path from, Path to, CopyOption... options) throws IOException {
            Files.move(from, to, options);
        }
    };
}
