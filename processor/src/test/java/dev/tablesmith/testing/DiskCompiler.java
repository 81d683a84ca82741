package dev.tablesmith.testing;

import dev.tablesmith.processor.TablesmithProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac with the processor, compiling sources to a real class output directory with extra class-path
 * entries: what an IDE or an incremental build does when it recompiles some sources against the
 * classes of an earlier build. (compile-testing keeps its class output in memory.)
 */
public final class DiskCompiler {
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)");
    private final Path classOutput;
    private final List<Path> classPath = new ArrayList<>();
    private final List<String> options = new ArrayList<>(List.of("-Xlint:all,-processing"));

    private DiskCompiler(Path classOutput) {
        this.classOutput = classOutput;
    }

    /** Compiles to {@code classOutput}, writing migrations to {@code migrations} with the given version. */
    public static DiskCompiler into(Path classOutput, Path migrations, String version) {
        DiskCompiler c = new DiskCompiler(classOutput);
        c.option("tablesmith.migrations", migrations.toString());
        c.option("tablesmith.version", version);
        // these compilations are about the migration engine: naming and integrity rules stay out of the way
        List<String> inScope = new java.util.ArrayList<>(RuleScope.idsOf(dev.tablesmith.rules.Category.MIGRATION));
        inScope.add("primary-key-required");
        RuleScope.offExcept(inScope).forEach(c::option);
        return c;
    }

    public DiskCompiler option(String key, String value) {
        options.removeIf(o -> o.startsWith("-A" + key + "="));
        options.add("-A" + key + "=" + value);
        return this;
    }

    /** Adds a directory of classes from an earlier compilation to the class path. */
    public DiskCompiler classPath(Path dir) {
        classPath.add(dir);
        return this;
    }

    /** The outcome: whether javac succeeded, and its diagnostics. */
    public record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        public List<String> errors() {
            return messages(Diagnostic.Kind.ERROR);
        }

        public List<String> messages(Diagnostic.Kind kind) {
            return diagnostics.stream().filter(d -> d.getKind() == kind)
                    .map(d -> d.getMessage(Locale.ROOT)).toList();
        }

        @Override
        public String toString() {
            return diagnostics.stream().map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
        }
    }

    /** {@code pkg/Name.java} of a source text: its package and first top-level type. */
    static String pathOf(String text) {
        String pkg = text.lines().filter(l -> l.startsWith("package ")).findFirst()
                .map(l -> l.substring(8, l.indexOf(';')).trim().replace('.', '/') + "/").orElse("");
        Matcher m = TYPE.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no type in source");
        }
        return pkg + m.group(1) + ".java";
    }

    /** Compiles the given sources (full texts; file names from their package and first type). */
    public Result compile(String... sources) {
        try {
            Path sourceDir = Files.createTempDirectory("tablesmith-src");
            List<File> files = new ArrayList<>();
            for (String text : sources) {
                Path file = sourceDir.resolve(pathOf(text));
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                files.add(file.toFile());
            }
            Files.createDirectories(classOutput);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> args = new ArrayList<>(options);
                String path = System.getProperty("java.class.path") + classPath.stream()
                        .map(p -> File.pathSeparator + p).collect(Collectors.joining());
                args.addAll(List.of("-d", classOutput.toString(), "-classpath", path,
                        "-s", classOutput.resolveSibling(classOutput.getFileName() + "-generated").toString()));
                Files.createDirectories(classOutput.resolveSibling(classOutput.getFileName() + "-generated"));
                JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, args, null,
                        fm.getJavaFileObjectsFromFiles(files));
                task.setProcessors(List.of(new TablesmithProcessor()));
                boolean ok = task.call();
                return new Result(ok, List.copyOf(diagnostics.getDiagnostics()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
