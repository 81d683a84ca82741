package dev.tablesmith.benchmarks;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compile time with Tablesmith against plain javac, on synthetic entity sets of several sizes.
 * Scenarios: plain javac ({@code -proc:none}); Tablesmith writing the first migration; Tablesmith
 * with an existing snapshot and the same model (the everyday rebuild: nothing written); rules
 * only ({@code validate}); the first migration for PostgreSQL, MySQL and SQLite at once; the first migration without
 * table classes. Each is run in-process with a fresh compiler, after warm-up runs, and
 * the median wall time is printed with its ratio to plain javac.
 *
 * <p>Arguments (optional): entity counts, e.g. {@code 10 100 500}. System properties:
 * {@code bench.runs} (measured runs, default 7) and {@code bench.warmups} (default 3).
 */
public final class CompileBenchmark {
    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 3);

    private CompileBenchmark() {}

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {10, 100, 500}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        String classpath = System.getProperty("java.class.path");
        System.out.printf(Locale.ROOT, "Tablesmith compile benchmark: %s, %d cores, %d warm-up + %d measured runs, median wall time%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), WARMUPS, RUNS);
        System.out.printf(Locale.ROOT, "%-9s %-46s %10s %8s%n", "entities", "scenario", "median ms", "ratio");
        for (int size : sizes) {
            Path work = Files.createTempDirectory("tablesmith-bench-");
            try {
                List<Path> sources = EntitySetGenerator.write(work.resolve("src"), size);
                Path existing = fresh(work.resolve("migrations-existing"));
                compile(sources, work, classpath, tablesmith(existing, "write"));
                List<String> names = List.of("plain javac (-proc:none)", "Tablesmith, first migration",
                        "Tablesmith, unchanged model", "Tablesmith, rules only (validate)",
                        "Tablesmith, first migration x3 dialects", "Tablesmith, first migration, no table classes");
                List<Run> scenarios = List.of(
                        () -> compile(sources, work, classpath, List.of("-proc:none")),
                        () -> compile(sources, work, classpath, tablesmith(fresh(work.resolve("migrations-first")), "write")),
                        () -> compile(sources, work, classpath, tablesmith(existing, "write")),
                        () -> compile(sources, work, classpath, tablesmith(work.resolve("unused"), "validate")),
                        () -> compile(sources, work, classpath, threeDialects(fresh(work.resolve("migrations-x3")))),
                        () -> compile(sources, work, classpath, noTableClasses(fresh(work.resolve("migrations-nc")))));
                double[] medians = medians(scenarios);
                for (int i = 0; i < names.size(); i++) {
                    row(size, names.get(i), medians[i], medians[0]);
                }
            } finally {
                delete(work);
            }
        }
    }

    private static List<String> tablesmith(Path migrations, String mode) {
        return List.of("-Atablesmith.migrations=" + migrations, "-Atablesmith.version=20260101000000",
                "-Atablesmith.mode=" + mode, "-Atablesmith.rules=warning");
    }

    private static List<String> threeDialects(Path migrations) {
        List<String> options = new ArrayList<>(tablesmith(migrations, "write"));
        options.add("-Atablesmith.dialect=postgresql,mysql,sqlite");
        return options;
    }

    private static List<String> noTableClasses(Path migrations) {
        List<String> options = new ArrayList<>(tablesmith(migrations, "write"));
        options.add("-Atablesmith.tableClass=none");
        return options;
    }

    private interface Run {
        void run() throws IOException;
    }

    /** Warm-up rounds, then measured rounds that run every scenario once, interleaved so load and JIT state hit all alike. */
    private static double[] medians(List<Run> scenarios) throws IOException {
        for (int i = 0; i < WARMUPS; i++) {
            for (Run run : scenarios) {
                run.run();
            }
        }
        double[][] times = new double[scenarios.size()][RUNS];
        for (int round = 0; round < RUNS; round++) {
            for (int s = 0; s < scenarios.size(); s++) {
                long start = System.nanoTime();
                scenarios.get(s).run();
                times[s][round] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] medians = new double[scenarios.size()];
        for (int s = 0; s < scenarios.size(); s++) {
            Arrays.sort(times[s]);
            medians[s] = times[s][RUNS / 2];
        }
        return medians;
    }

    private static void compile(List<Path> sources, Path work, String classpath, List<String> extra) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = fresh(work.resolve("classes"));
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classpath,
                "-processorpath", classpath, "-Xlint:all,-processing", "-implicit:none"));
        options.addAll(extra);
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            Boolean ok = javac.getTask(diagnostics, files, null, options, null, units).call();
            if (!ok) {
                throw new IllegalStateException("compilation failed:\n" + diagnostics);
            }
        }
    }

    private static void row(int size, String scenario, double ms, double plain) {
        System.out.printf(Locale.ROOT, "%-9d %-46s %10.1f %7.2fx%n", size, scenario, ms, ms / plain);
    }

    private static Path fresh(Path dir) throws IOException {
        delete(dir);
        return Files.createDirectories(dir);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
