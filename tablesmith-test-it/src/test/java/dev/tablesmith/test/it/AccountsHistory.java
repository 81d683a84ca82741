package dev.tablesmith.test.it;

import dev.tablesmith.processor.TablesmithProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A realistic history for every engine, written by the processor in the test: the accounts
 * example's four entity states (create users; add user_preferences, users.phone with an index built
 * concurrently and a NOT NULL column with a default; deprecate users.nickname; drop it) compiled in
 * turn with {@code -Atablesmith.dialect=postgresql,mysql,sqlite} into one folder per dialect. It
 * has non-transactional versions ({@code V<v>.1}) on PostgreSQL and table rebuilds on SQLite.
 */
final class AccountsHistory {
    private static final Path ACCOUNTS = Target.EXAMPLES.resolve("accounts");
    private static final List<String> VERSIONS = List.of("20261201090000", "20261208090000", "20261215090000", "20261222090000");
    private static Path folder;

    private AccountsHistory() {
    }

    /** The history's folder for the engine, written once per test run. */
    static synchronized Path folder(Target target) {
        if (folder == null) {
            folder = write();
        }
        return folder.resolve(target.dialect);
    }

    private static Path write() {
        try {
            Path work = Target.deletedAtExit(Files.createTempDirectory("tablesmith-accounts-history-"));
            Path migrations = Files.createDirectory(work.resolve("migration"));
            List<Path> stages = new ArrayList<>();
            try (Stream<Path> dirs = Files.list(ACCOUNTS.resolve("src/test/resources/history"))) {
                dirs.filter(Files::isDirectory).sorted((a, b) -> Integer.compare(Integer.parseInt(a.getFileName().toString()),
                        Integer.parseInt(b.getFileName().toString()))).forEach(stages::add);
            }
            stages.add(ACCOUNTS.resolve("src/main/java"));
            if (stages.size() != VERSIONS.size()) {
                throw new IllegalStateException("expected " + VERSIONS.size() + " entity states of the accounts example, found " + stages);
            }
            for (int i = 0; i < stages.size(); i++) {
                compile(work, stages.get(i), migrations, VERSIONS.get(i));
            }
            return migrations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compile(Path work, Path sources, Path migrations, String version) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createTempDirectory(work, "classes");
        Path generated = Files.createTempDirectory(work, "generated");
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
        }
        List<String> options = List.of("-d", classes.toString(), "-s", generated.toString(),
                "-classpath", System.getProperty("java.class.path"), "-Xlint:all,-processing",
                "-Atablesmith.dialect=postgresql,mysql,sqlite",
                "-Atablesmith.migrations=" + migrations.toAbsolutePath(),
                "-Atablesmith.version=" + version);
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(out, fm, diagnostics, options, null,
                    fm.getJavaFileObjectsFromFiles(files));
            task.setProcessors(List.of(new TablesmithProcessor()));
            boolean ok = task.call();
            List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(Locale.ROOT)).toList();
            if (!ok || !errors.isEmpty()) {
                throw new IllegalStateException("compiling " + sources + " at version " + version + " failed: " + errors + out);
            }
        }
    }
}
