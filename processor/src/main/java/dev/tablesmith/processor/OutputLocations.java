package dev.tablesmith.processor;

import dev.tablesmith.options.Options;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where the migration folder is: {@code -Atablesmith.migrations}, else
 * {@code <module>/src/main/resources/db/migration} where the module is the nearest directory above
 * the class output holding a build file. Also tells a test compilation apart, whose entities must
 * not end up in the main migrations.
 */
final class OutputLocations {
    static final String DEFAULT_RELATIVE = "src/main/resources/db/migration";
    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");

    private OutputLocations() {}

    /** The class output directory, when it is on the file system. */
    static Optional<Path> classOutput(Filer filer) {
        try {
            FileObject probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "tablesmith.probe");
            URI uri = probe.toUri();
            if (!"file".equals(uri.getScheme())) {
                return Optional.empty();
            }
            return Optional.ofNullable(Path.of(uri).getParent());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean isTestOutput(Path classOutput) {
        String path = classOutput.toString().replace('\\', '/');
        return path.endsWith("/test-classes") || path.contains("/classes/java/test");
    }

    static Optional<Path> moduleDir(Path classOutput) {
        for (Path dir = classOutput; dir != null; dir = dir.getParent()) {
            for (String buildFile : BUILD_FILES) {
                if (Files.exists(dir.resolve(buildFile))) {
                    return Optional.of(dir);
                }
            }
        }
        return Optional.empty();
    }

    /** Resolves the folder; a relative option is taken relative to the module. */
    static Optional<Path> migrations(Options options, Optional<Path> classOutput) {
        Optional<Path> module = classOutput.flatMap(OutputLocations::moduleDir);
        if (options.migrations() != null) {
            Path p = options.migrations();
            return Optional.of(p.isAbsolute() || module.isEmpty() ? p.toAbsolutePath().normalize()
                    : module.get().resolve(p).normalize());
        }
        return module.map(m -> m.resolve(DEFAULT_RELATIVE));
    }

    /**
     * The class-path folder the migrations are copied to, so Flyway sees this build's migration:
     * the folder's path below {@code src/main/resources}, else {@code db/migration}.
     */
    static String classpathFolder(Path migrations) {
        String path = migrations.toString().replace('\\', '/');
        String marker = "/src/main/resources/";
        int i = path.indexOf(marker);
        return i >= 0 ? path.substring(i + marker.length()) : "db/migration";
    }
}
