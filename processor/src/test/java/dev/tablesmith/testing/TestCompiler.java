package dev.tablesmith.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.processor.TablesmithProcessor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** compile-testing with the processor and pinned options, for inline entity sources. */
public final class TestCompiler {
    private final List<String> options = new ArrayList<>(List.of("-Xlint:all,-processing"));

    private List<java.io.File> classPath;

    private TestCompiler() {}

    /** Compiles against only these class-path entries instead of the test's class path. */
    public TestCompiler classPath(List<java.io.File> entries) {
        classPath = List.copyOf(entries);
        return this;
    }

    private com.google.testing.compile.Compiler compiler(javax.annotation.processing.Processor processor) {
        com.google.testing.compile.Compiler c = javac().withProcessors(processor).withOptions(options);
        return classPath == null ? c : c.withClasspath(classPath);
    }

    /** A compiler writing migrations to {@code folder} with a fixed version. */
    public static TestCompiler writingTo(Path folder) {
        TestCompiler c = new TestCompiler();
        c.options.add("-Atablesmith.migrations=" + folder);
        c.options.add("-Atablesmith.version=20260101000000");
        return c;
    }

    /** A compiler in validate mode (rules only, no files). */
    public static TestCompiler validating() {
        TestCompiler c = new TestCompiler();
        c.options.add("-Atablesmith.mode=validate");
        return c;
    }

    /** Every rule off but these (see {@link RuleScope}). */
    public TestCompiler only(java.util.Collection<String> ruleIds) {
        RuleScope.offExcept(ruleIds).forEach(this::option);
        return this;
    }

    public TestCompiler only(String... ruleIds) {
        return only(List.of(ruleIds));
    }

    public TestCompiler option(String key, String value) {
        options.removeIf(o -> o.startsWith("-A" + key + "="));
        options.add("-A" + key + "=" + value);
        return this;
    }

    public Compilation compile(JavaFileObject... sources) {
        return compiler(new TablesmithProcessor()).compile(sources);
    }

    public Compilation compileAll(List<JavaFileObject> sources) {
        return compiler(new TablesmithProcessor()).compile(sources);
    }

    /** Compiles with a processor that records the source files it creates (see {@link RecordingProcessor}). */
    public Compilation compile(RecordingProcessor processor, List<JavaFileObject> sources) {
        return compiler(processor).compile(sources);
    }

    /**
     * A source file from its full text; the class name is read from the text (the first
     * {@code class}/{@code interface}/{@code enum}/{@code record} keyword, not the end of a word
     * such as {@code @MappedSuperclass}).
     */
    public static JavaFileObject source(String text) {
        String pkg = text.lines().filter(l -> l.startsWith("package ")).findFirst()
                .map(l -> l.substring(8, l.indexOf(';')).trim() + ".").orElse("");
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?<![\\w.])(?:class|interface|enum|record)\\s+(\\w+)").matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no type in source");
        }
        return JavaFileObjects.forSourceString(pkg + m.group(1), text);
    }
}
