package dev.tablesmith.testing;

import dev.tablesmith.annotations.Allow;
import dev.tablesmith.processor.TablesmithProcessor;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Compiles inline sources with Eclipse's compiler (ecj, through its {@code javax.tools} face, as
 * Eclipse runs processors in the editor) and the Tablesmith processor; the counterpart of
 * {@link TestCompiler} for javac. Sources are written to a work directory, classes and generated
 * sources go below it, so a test can read every output.
 */
public final class EcjCompiler {
    private final Path work;
    private final List<String> options = new ArrayList<>();

    private EcjCompiler(Path work) {
        this.work = work;
    }

    /** ecj writing migrations to {@code folder} with the version {@link TestCompiler#writingTo} pins. */
    public static EcjCompiler writingTo(Path work, Path folder) {
        return new EcjCompiler(work).option("tablesmith.migrations", folder.toString())
                .option("tablesmith.version", "20260101000000");
    }

    /** ecj in validate mode (rules only, no files). */
    public static EcjCompiler validating(Path work) {
        return new EcjCompiler(work).option("tablesmith.mode", "validate");
    }

    /** Every rule off but these (see {@link RuleScope}). */
    public EcjCompiler only(String... ruleIds) {
        RuleScope.offExcept(java.util.List.of(ruleIds)).forEach(this::option);
        return this;
    }

    public EcjCompiler option(String key, String value) {
        options.removeIf(o -> o.startsWith("-A" + key + "="));
        options.add("-A" + key + "=" + value);
        return this;
    }

    /** What one compilation produced. */
    public record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classOutput,
            Path generatedSources, String output) {

        public List<Diagnostic<? extends JavaFileObject>> ofKind(Diagnostic.Kind kind) {
            return diagnostics.stream().filter(d -> d.getKind() == kind).toList();
        }
    }

    public Result compile(JavaFileObject... sources) {
        try {
            Path sourceDir = Files.createDirectories(work.resolve("src"));
            Path classes = Files.createDirectories(work.resolve("classes"));
            Path generated = Files.createDirectories(work.resolve("generated"));
            List<Path> files = new ArrayList<>();
            for (JavaFileObject source : sources) {
                Path file = sourceDir.resolve(relativePath(source));
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getCharContent(true), StandardCharsets.UTF_8);
                files.add(file);
            }
            JavaCompiler ecj = new EclipseCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            StringWriter output = new StringWriter();
            try (StandardJavaFileManager fileManager =
                    ecj.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> args = new ArrayList<>(List.of("-17", "-encoding", "UTF-8",
                        "-d", classes.toString(), "-s", generated.toString(),
                        "-classpath", classpath()));
                args.addAll(options);
                JavaCompiler.CompilationTask task = ecj.getTask(output, fileManager, diagnostics, args, null,
                        fileManager.getJavaFileObjectsFromPaths(files));
                task.setProcessors(List.of(new TablesmithProcessor()));
                task.setLocale(Locale.ROOT);
                boolean success = task.call();
                return new Result(success, diagnostics.getDiagnostics(), classes, generated, output.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code pkg/Name.java} of a compile-testing source, named {@code /pkg/Name.java}. */
    private static String relativePath(JavaFileObject source) {
        String path = source.toUri().getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /**
     * What user code compiles against: jakarta.persistence-api, tablesmith-annotations, and the
     * Bean Validation and Hibernate annotations the processor honours by name.
     */
    private static String classpath() {
        return String.join(java.io.File.pathSeparator, location(Entity.class), location(Allow.class),
                location(jakarta.validation.constraints.NotNull.class),
                location(org.hibernate.annotations.JdbcTypeCode.class));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
