package dev.tablesmith.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tablesmith.processor.TablesmithProcessor;
import dev.tablesmith.runtime.TableColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throwaway Maven project outside this repository, built by the Maven this build runs under. The
 * freshly built Tablesmith artifacts go into a local repository of its own (laid out as
 * {@code mvn install} would, without touching the shared one); every other artifact comes from
 * the shared local repository, read as a file repository, then from Maven Central.
 */
final class UserProject {
    static final String VERSION = "0.1.0-SNAPSHOT";
    final Path dir;
    private final Path settings;
    private final Path repository;

    private UserProject(Path dir, Path settings, Path repository) {
        this.dir = dir;
        this.settings = settings;
        this.repository = repository;
    }

    static Path root() {
        return Path.of(required("tablesmith.root")).toAbsolutePath().normalize();
    }

    /** A project at {@code dir} whose build uses {@code pom}. */
    static UserProject create(Path dir, String pom) throws IOException, URISyntaxException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), pom);
        Path repository = dir.resolveSibling(dir.getFileName() + "-repository");
        install(repository, "tablesmith-parent", root().resolve("pom.xml"), null);
        install(repository, "tablesmith-annotations", root().resolve("annotations/pom.xml"),
                jar(TableColumn.class, dir.resolveSibling("annotations.jar")));
        install(repository, "tablesmith-processor", root().resolve("processor/pom.xml"),
                jar(TablesmithProcessor.class, dir.resolveSibling("processor.jar")));
        Path settings = dir.resolveSibling(dir.getFileName() + "-settings.xml");
        String shared = Path.of(required("tablesmith.maven.repository")).toUri().toString();
        Files.writeString(settings, """
                <settings>
                  <profiles>
                    <profile>
                      <id>shared-repository</id>
                      <repositories>
                        <repository><id>shared</id><url>%1$s</url><snapshots><enabled>false</enabled></snapshots></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>shared</id><url>%1$s</url><snapshots><enabled>false</enabled></snapshots></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>shared-repository</activeProfile></activeProfiles>
                </settings>
                """.formatted(shared));
        return new UserProject(dir, settings, repository);
    }

    /** Puts an artifact where {@code mvn install} would, in the project's own local repository. */
    private static void install(Path repository, String artifact, Path pom, Path jar) throws IOException {
        Path folder = repository.resolve("dev/tablesmith/" + artifact + "/" + VERSION);
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifact + "-" + VERSION + ".pom"));
        if (jar != null) {
            Files.copy(jar, folder.resolve(artifact + "-" + VERSION + ".jar"));
        }
    }

    /**
     * The jar a class came from; under {@code mvn test} (no package phase) its class folder,
     * packed into a jar here.
     */
    private static Path jar(Class<?> type, Path target) throws IOException, URISyntaxException {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(location)) {
            return location;
        }
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out);
                Stream<Path> files = Files.walk(location)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(location.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, jar);
                jar.closeEntry();
            }
        }
        return target;
    }

    record Run(int exitCode, String output) {
        Run succeeded() {
            assertTrue(exitCode == 0, "the build failed:\n" + output);
            return this;
        }

        Run failed() {
            assertTrue(exitCode != 0, "the build passed:\n" + output);
            return this;
        }
    }

    /** Runs {@code mvn -B <args>} in the project; its output is kept in {@code build-<n>.log} beside it. */
    Run mvn(String... args) throws IOException, InterruptedException {
        Path mvn = Path.of(required("maven.home"), "bin", "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir.getParent(), "build-", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("mvn " + String.join(" ", args) + " did not finish in 10 minutes:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    List<String> files(String relative) throws IOException {
        Path folder = dir.resolve(relative);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The text between {@code <!-- name:begin -->} and {@code <!-- name:end -->} in README.md, fences removed. */
    static String readmeSnippet(String name) throws IOException {
        String readme = Files.readString(root().resolve("README.md"));
        Matcher m = Pattern.compile("<!-- " + Pattern.quote(name) + ":begin[^>]*-->\\s*```\\w*\\n(.*?)```\\s*<!-- "
                + Pattern.quote(name) + ":end -->", Pattern.DOTALL).matcher(readme);
        if (!m.find()) {
            fail("README.md has no ```-fenced snippet between <!-- " + name + ":begin --> and <!-- " + name
                    + ":end -->");
        }
        return m.group(1);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            fail("system property " + property + " is not set: run this test through Maven (its surefire "
                    + "configuration in acceptance/pom.xml passes it)");
        }
        return value;
    }
}
