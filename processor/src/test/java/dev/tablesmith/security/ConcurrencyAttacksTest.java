package dev.tablesmith.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.migration.MigrationFolder;
import dev.tablesmith.processor.TablesmithProcessor;
import dev.tablesmith.snapshot.Snapshot;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds on one folder at once (two JVM processes, as an IDE and Maven are) never write two
 * migrations for one change, nor a snapshot that disagrees with the files: each round adds a
 * column, both processes compile it with different versions, and the folder then holds exactly one
 * more migration, which the snapshot lists. {@code -Dtablesmith.concurrency.rounds=N} for more
 * rounds (default 4).
 */
class ConcurrencyAttacksTest {
    @TempDir
    Path dir;

    @Test
    void twoProcessesWriteOneMigrationPerChange() throws Exception {
        int rounds = Integer.getInteger("tablesmith.concurrency.rounds", 4);
        Path folder = dir.resolve("migrations");
        for (int round = 0; round < rounds; round++) {
            Path source = dir.resolve("src" + round).resolve("app/Victim.java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, entity(round), StandardCharsets.UTF_8);
            List<Process> builds = new ArrayList<>();
            for (int build = 0; build < 2; build++) {
                String version = String.format(Locale.ROOT, "2026010100%02d%02d", round, build);
                builds.add(new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                        ConcurrencyAttacksTest.class.getName() + "$Build", folder.toString(), version, source.toString(),
                        dir.resolve("classes" + round + "-" + build).toString())
                        .redirectErrorStream(true).redirectOutput(dir.resolve("build" + round + "-" + build + ".log").toFile())
                        .start());
            }
            for (int build = 0; build < 2; build++) {
                Process p = builds.get(build);
                assertTrue(p.waitFor(5, TimeUnit.MINUTES), "build finished");
                String log = Files.readString(dir.resolve("build" + round + "-" + build + ".log"));
                assertEquals(0, p.exitValue(), log);
            }
            try (Stream<Path> files = Files.list(folder)) {
                List<String> ups = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V"))
                        .filter(n -> n.endsWith(".sql")).sorted().toList();
                assertEquals(round + 1, ups.size(), "one migration per change after round " + round + ": " + ups);
            }
            MigrationFolder mf = new MigrationFolder(folder);
            Snapshot snapshot = mf.readSnapshot();
            assertEquals(round + 1, snapshot.migrations().size());
            assertEquals(List.of(), mf.verify(snapshot), "the snapshot describes the files");
            assertTrue(snapshot.schema().table("victims").orElseThrow().hasColumn("c" + round));
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                        .toList(), "no lock or temporary file left");
            }
        }
    }

    static String entity(int columns) {
        return """
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "victims")
                public class Victim {
                    @Id Long id;
                %s
                }
                """.formatted(IntStream.rangeClosed(0, columns).mapToObj(i -> "    Integer c" + i + ";")
                .collect(Collectors.joining("\n")));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** One build in its own JVM: javac with the processor; exit 0 when it compiled. */
    public static final class Build {
        public static void main(String[] args) throws IOException {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            Path classes = Files.createDirectories(Path.of(args[3]));
            try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
                JavaCompiler.CompilationTask task = javac.getTask(null, fm, null, List.of("-Xlint:none",
                        "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                        "-Atablesmith.migrations=" + args[0], "-Atablesmith.version=" + args[1],
                        "-Atablesmith.rules=off", "-Atablesmith.tableClass=none"), null,
                        fm.getJavaFileObjects(new File(args[2])));
                task.setProcessors(List.of(new TablesmithProcessor()));
                System.exit(task.call() ? 0 : 1);
            }
        }
    }
}
