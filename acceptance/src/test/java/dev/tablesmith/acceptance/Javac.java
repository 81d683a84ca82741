package dev.tablesmith.acceptance;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tablesmith.processor.TablesmithProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
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

/** {@code mvn compile} of a module's {@code src/main/java} with Tablesmith, in-process. */
final class Javac {
    private Javac() {}

    /** Compiles; returns the errors (a warning fails the test). */
    static List<String> compile(Path module, String version, String... options) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(module.resolve("target/classes"));
        Path generated = Files.createDirectories(module.resolve("target/generated"));
        List<File> sources;
        try (Stream<Path> walk = Files.walk(module.resolve("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
        }
        List<String> all = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
                "-classpath", System.getProperty("java.class.path"), "-Xlint:all,-processing",
                "-Atablesmith.version=" + version, "-Atablesmith.tableClass=none",
                "-Atablesmith.rule.standard_timestamps=off")); // the stories are about migrations, not columns
        all.addAll(List.of(options));
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), fm, diagnostics, all, null,
                    fm.getJavaFileObjectsFromFiles(sources));
            task.setProcessors(List.of(new TablesmithProcessor()));
            task.call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(d.getMessage(Locale.ROOT));
            } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                fail("unexpected warning: " + d.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }
}
