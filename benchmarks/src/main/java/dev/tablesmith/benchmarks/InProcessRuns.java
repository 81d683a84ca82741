package dev.tablesmith.benchmarks;

import dev.tablesmith.benchmarks.CompileBenchmark.EntitySet;
import dev.tablesmith.benchmarks.CompileBenchmark.Files2;
import dev.tablesmith.benchmarks.CompileBenchmark.Paths;
import dev.tablesmith.benchmarks.CompileBenchmark.Stats;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The in-process figures: javac's compiler API in the harness's JVM, after warm-up runs, so JVM
 * start, class loading and JIT warm-up are left out. A fresh compiler (and processor class
 * loader) per run; the scenarios interleaved.
 */
final class InProcessRuns {
    private InProcessRuns() {}

    private interface Run {
        void run() throws IOException;
    }

    static void run(Paths paths, EntitySet set, Path work, int reps, int warmups) throws IOException {
        List<String> names = List.of("plain javac (-proc:none)", "Hibernate jpamodelgen 7.4 (metamodel)",
                "Tablesmith, first migration (defaults)", "Tablesmith, first migration, tableClass=none");
        List<Run> runs = List.of(
                () -> compile(set, work, paths, List.of("-proc:none")),
                () -> compile(set, work, paths, List.of("-processorpath", paths.jpamodelgen())),
                () -> compile(set, work, paths, tablesmith(paths, Files2.fresh(work.resolve("ip-m1")), true)),
                () -> compile(set, work, paths, tablesmith(paths, Files2.fresh(work.resolve("ip-m2")), false)));
        for (int w = 0; w < warmups; w++) {
            for (Run r : runs) {
                r.run();
            }
        }
        double[][] ms = new double[runs.size()][reps];
        for (int r = 0; r < reps; r++) {
            for (int s = 0; s < runs.size(); s++) {
                long start = System.nanoTime();
                runs.get(s).run();
                ms[s][r] = (System.nanoTime() - start) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "in-process (compiler API, %d warm-up + %d measured runs)%n", warmups, reps);
        System.out.printf(Locale.ROOT, "%-48s %24s %7s%n", "scenario", "wall ms med [min-max]", "x plain");
        for (int s = 0; s < runs.size(); s++) {
            System.out.printf(Locale.ROOT, "%-48s %8.0f [%6.0f-%7.0f] %6.2fx%n", names.get(s), Stats.median(ms[s]),
                    Stats.min(ms[s]), Stats.max(ms[s]), Stats.median(Stats.ratios(ms[s], ms[0])));
        }
    }

    private static List<String> tablesmith(Paths paths, Path migrations, boolean tableClasses) {
        List<String> args = new ArrayList<>(List.of("-processorpath", paths.tablesmith(),
                "-Atablesmith.migrations=" + migrations, "-Atablesmith.version=" + CompileBenchmark.VERSION));
        if (!tableClasses) {
            args.add("-Atablesmith.tableClass=none");
        }
        return args;
    }

    private static void compile(EntitySet set, Path work, Paths paths, List<String> extra) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files2.fresh(work.resolve("ip-classes"));
        Path generated = Files2.fresh(work.resolve("ip-generated"));
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
                "-classpath", paths.entities(), "-g", "-nowarn", "--release", "17", "-encoding", "UTF-8"));
        options.addAll(extra);
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(set.sources());
            Boolean ok = javac.getTask(diagnostics, files, null, options, null, units).call();
            if (!ok) {
                throw new IllegalStateException("compilation failed:\n" + diagnostics);
            }
        }
    }
}
