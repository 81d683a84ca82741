package dev.tablesmith.examples.accounts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.processor.TablesmithProcessor;
import dev.tablesmith.testkit.CommittedHistory;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed history is what Tablesmith makes of the entities' real past: each earlier state of
 * the entities (under {@code src/test/resources/history/<n>}, the last one being
 * {@code src/main/java}) is compiled in turn with the processor into an empty folder, and every
 * file it writes must equal the committed one byte for byte. A hand-edited or stale migration
 * fails here.
 *
 * <p>Committed migrations are never rewritten: where Tablesmith writes a known part differently
 * today (the {@code updated_at} function since issue 16), the replay turns the part back into
 * the committed text after each step, and the snapshot's checksum with it, as an older Tablesmith
 * wrote them ({@link CommittedHistory}). {@code -Dtablesmith.history.rewrite=true} rewrites the
 * history from today's output instead (for a history not yet shared; review the diff).
 */
class HistoryReplayTest {
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path HISTORY = Path.of("src/test/resources/history");
    static final Path CURRENT = Path.of("src/main/java");
    /** Versions given to the steps when the history is rewritten: one a week. */
    static final List<String> REWRITE_VERSIONS =
            List.of("20261201090000", "20261208090000", "20261215090000", "20261222090000");

    @TempDir
    Path work;

    /** The entity states, oldest first. */
    static List<Path> stages() throws IOException {
        List<Path> stages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(HISTORY)) {
            dirs.filter(Files::isDirectory)
                    .sorted((a, b) -> Integer.compare(Integer.parseInt(a.getFileName().toString()),
                            Integer.parseInt(b.getFileName().toString())))
                    .forEach(stages::add);
        }
        stages.add(CURRENT);
        return stages;
    }

    @Test
    void replayingTheEntityHistoryGivesTheCommittedFiles() throws IOException {
        boolean rewrite = Boolean.getBoolean("tablesmith.history.rewrite");
        List<Path> stages = stages();
        List<String> versions = rewrite ? REWRITE_VERSIONS : Versions.steps(MIGRATIONS);
        assertEquals(stages.size(), versions.size(), "one committed migration per entity state " + stages
                + "; committed steps: " + versions);
        Path replay = Files.createDirectory(work.resolve("migration"));
        for (int i = 0; i < stages.size(); i++) {
            compile(stages.get(i), replay, versions.get(i));
            if (!rewrite) {
                backdate(replay);
            }
            Map<String, byte[]> written = Versions.filesOfStep(replay, versions.get(i));
            assertTrue(!written.isEmpty(), "state " + stages.get(i) + " wrote no migration");
            if (!rewrite) {
                Map<String, byte[]> committed = Versions.filesOfStep(MIGRATIONS, versions.get(i));
                assertSameFiles(committed, written, "step " + (i + 1) + " (" + stages.get(i) + ")");
            }
        }
        if (rewrite) {
            try (Stream<Path> old = Files.list(MIGRATIONS)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, byte[]> f : contents(replay).entrySet()) {
                Files.write(MIGRATIONS.resolve(f.getKey()), f.getValue());
            }
            return;
        }
        // and nothing else: the snapshot and schema.md as of the last state, no stray files
        assertSameFiles(contents(MIGRATIONS), contents(replay), "the whole folder");
    }

    /**
     * Turns today's {@code updated_at} function in the replayed files back into the committed text,
     * and each such file's checksum in the snapshot with it, so the next step's history check holds.
     */
    private static void backdate(Path replay) throws IOException {
        String function = PostgresDialect.updatedAtFunction();
        Path snapshot = replay.resolve("tablesmith-snapshot.json");
        String json = Files.readString(snapshot);
        for (Map.Entry<String, byte[]> f : contents(replay).entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            String old = CommittedHistory.asBeforeIssue16(text, function);
            if (f.getKey().endsWith(".sql") && !old.equals(text)) {
                Files.writeString(replay.resolve(f.getKey()), old);
                json = json.replace(CommittedHistory.sha256(f.getValue()), CommittedHistory.sha256(old));
            }
        }
        Files.writeString(snapshot, json);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": file names");
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), what + ": " + name + " differs from the "
                    + "committed file; after an intended change run with -Dtablesmith.history.rewrite=true.\n"
                    + new String(actual.get(name), StandardCharsets.UTF_8));
        }
    }

    /** Compiles one entity state with Tablesmith writing into {@code migrations}; no diagnostic may appear. */
    private void compile(Path sources, Path migrations, String version) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createTempDirectory(work, "classes");
        Path generated = Files.createTempDirectory(work, "generated");
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
        }
        List<String> options = List.of(
                "-d", classes.toString(), "-s", generated.toString(),
                "-classpath", System.getProperty("java.class.path"),
                "-Xlint:all,-processing",
                "-Atablesmith.migrations=" + migrations.toAbsolutePath(),
                "-Atablesmith.version=" + version);
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(out, fm, diagnostics, options, null,
                    fm.getJavaFileObjectsFromFiles(files));
            task.setProcessors(List.of(new TablesmithProcessor()));
            boolean ok = task.call();
            List<String> problems = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                    .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT)).toList();
            if (!ok || !problems.isEmpty()) {
                fail("compiling " + sources + " at version " + version + " reported: " + problems + out);
            }
        }
    }

    static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
