package dev.tablesmith.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;

/** Per-run directories under java.io.tmpdir named {@code <prefix><pid>-<random>}; stale ones are removed. */
final class TempDirs {

    private TempDirs() {
    }

    static Path tmp() {
        return Paths.get(System.getProperty("java.io.tmpdir"));
    }

    /** Creates {@code <tmp>/<prefix><pid>-<random>} readable by everyone (uid-mapped servers need that). */
    static Path create(String prefix) {
        try {
            long pid = ProcessHandle.current().pid();
            String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
            Path dir = tmp().resolve(prefix + pid + "-" + suffix);
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code <tmp>/<prefix><pid>-*} directories whose process is gone (killed earlier runs). */
    static void deleteStale(String prefix) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp(), prefix + "*")) {
            for (Path dir : dirs) {
                String rest = dir.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                if (dash <= 0) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(rest.substring(0, dash));
                    if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
                        deleteQuietly(dir);
                    }
                } catch (NumberFormatException ignored) {
                    // not ours
                }
            }
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
