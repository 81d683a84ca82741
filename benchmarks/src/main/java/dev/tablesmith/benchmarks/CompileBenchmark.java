package dev.tablesmith.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Tablesmith costs a user's build, against plain javac and Hibernate's metamodel generator,
 * on synthetic entity sets ({@link EntitySetGenerator}) of several sizes.
 *
 * <p><b>Cold</b> (what a build pays): each run is a separate {@code javac} process of the JDK
 * running the harness, from an empty output folder, with the processor jar and its runtime
 * dependencies on {@code -processorpath} as Maven resolves them (files written by the
 * {@code benchmark} profile of this module's pom). Scenarios, interleaved in every repetition:
 * <ol>
 * <li>plain javac, {@code -proc:none};
 * <li>an empty processor ({@link EmptyProcessor}): what javac charges any processor;
 * <li>Hibernate's metamodel generator;
 * <li>Tablesmith writing the first migration with its default outputs (migrations, {@code schema.md},
 * table classes, catalogue);
 * <li>the same with {@code -Atablesmith.tableClass=none};
 * <li>a no-op build: the model unchanged, the migration folder already written;
 * <li>at N = 1,000: a one-entity change (one column added) recompiled as Maven does, every source
 * into the previous build's output, reporting which files were written and which changed.
 * </ol>
 * Per scenario it prints the median, minimum and maximum of wall and CPU time (user + sys of the
 * child, from {@code /usr/bin/time}), the median of the per-repetition ratios to plain javac,
 * the child's peak RSS and the files written; then the generated sources' size against the
 * entities' own, and which of issue 15's targets the figures meet.
 *
 * <p><b>In-process</b>: the compiler API in this JVM after a warm-up, as before: the processor's
 * own cost without JVM start and class loading.
 *
 * <p>Arguments: entity counts (default {@code 100 1000 3000}); {@code --reps=K} repetitions
 * (default 3); {@code --warmups=K} in-process warm-ups (default 1); {@code --no-in-process};
 * {@code --no-cold}; {@code --jfr=DIR} records a JFR profile of one Tablesmith run per size.
 * System property {@code bench.dir}: the folder with the resolved paths.
 */
public final class CompileBenchmark {
    static final String VERSION = "20260101000000";
    static final int CHANGE_SIZE = 1000;

    private CompileBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int reps = 3;
        int warmups = 1;
        boolean inProcess = true;
        boolean cold = true;
        Path jfr = null;
        for (String a : args) {
            if (a.startsWith("--reps=")) {
                reps = Integer.parseInt(a.substring(7));
            } else if (a.startsWith("--warmups=")) {
                warmups = Integer.parseInt(a.substring(10));
            } else if (a.equals("--no-in-process")) {
                inProcess = false;
            } else if (a.equals("--no-cold")) {
                cold = false;
            } else if (a.startsWith("--jfr=")) {
                jfr = Path.of(a.substring(6)).toAbsolutePath();
            } else if (!a.isBlank()) {
                sizes.add(Integer.parseInt(a));
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(100, 1000, 3000));
        }
        Paths paths = Paths.resolve(Path.of(System.getProperty("bench.dir", "benchmarks/target/bench")));
        Machine.print(reps);
        for (int size : sizes) {
            Path work = Files.createTempDirectory("tablesmith-bench-" + size + "-");
            try {
                EntitySet set = EntitySet.write(work.resolve("src"), size);
                System.out.printf(Locale.ROOT, "%nN = %,d entities: %,d source files, %,d lines, %,d bytes%n",
                        size, set.sources().size(), set.lines(), set.bytes());
                if (cold) {
                    new ColdRuns(paths, set, work, reps, jfr).run(size == CHANGE_SIZE);
                }
                if (inProcess) {
                    InProcessRuns.run(paths, set, work, reps, warmups);
                }
            } finally {
                Files2.delete(work);
            }
        }
        Targets.print();
    }

    /** The entity sources of one size. */
    record EntitySet(int size, Path dir, List<Path> sources, long lines, long bytes) {
        static EntitySet write(Path dir, int size) throws IOException {
            List<Path> sources = EntitySetGenerator.write(dir, size);
            long lines = 0;
            long bytes = 0;
            for (Path p : sources) {
                String s = Files.readString(p);
                lines += s.lines().count();
                bytes += s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
            return new EntitySet(size, dir, sources, lines, bytes);
        }
    }

    /** The class path of the entities and the processor paths, as Maven resolved them. */
    record Paths(String entities, String tablesmith, String jpamodelgen) {
        static Paths resolve(Path dir) {
            return new Paths(read(dir.resolve("entities.classpath")), read(dir.resolve("tablesmith.processorpath")),
                    read(dir.resolve("jpamodelgen.processorpath")));
        }

        private static String read(Path file) {
            try {
                return Files.readString(file).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("missing " + file + ": run the harness through "
                        + "mvn -B -q -pl benchmarks -am verify -Pbenchmark -DskipTests, which resolves it", e);
            }
        }
    }

    /** The JDK, the cores and the load, so a reader can judge the figures. */
    static final class Machine {
        static void print(int reps) throws IOException {
            String cpu = "?";
            Path cpuinfo = Path.of("/proc/cpuinfo");
            if (Files.exists(cpuinfo)) {
                cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
            }
            String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).strip() : "?";
            System.out.printf(Locale.ROOT, "Tablesmith compile benchmark, %s%n", java.time.LocalDate.now());
            System.out.printf(Locale.ROOT, "JDK %s (%s), %d cores (%s), %.0f GB RAM, load average at start %s%n",
                    System.getProperty("java.version"), System.getProperty("java.home"),
                    Runtime.getRuntime().availableProcessors(), cpu, totalMemoryGb(), load);
            System.out.printf(Locale.ROOT, "%d repetitions, scenarios interleaved; ratios are medians of the "
                    + "per-repetition ratios to plain javac%n", reps);
        }

        private static double totalMemoryGb() throws IOException {
            Path meminfo = Path.of("/proc/meminfo");
            if (!Files.exists(meminfo)) {
                return 0;
            }
            String line = Files.readAllLines(meminfo).get(0); // MemTotal: N kB
            return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
        }
    }

    /** Order statistics of one scenario's repetitions. */
    static final class Stats {
        static double median(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            int n = v.length;
            return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        }

        static double min(double[] values) {
            return Arrays.stream(values).min().orElse(Double.NaN);
        }

        static double max(double[] values) {
            return Arrays.stream(values).max().orElse(Double.NaN);
        }

        static double[] ratios(double[] values, double[] base) {
            double[] r = new double[values.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = values[i] / base[i];
            }
            return r;
        }
    }

    /** File helpers. */
    static final class Files2 {
        static void delete(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return;
            }
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }

        static Path fresh(Path dir) throws IOException {
            delete(dir);
            return Files.createDirectories(dir);
        }

        /** Every regular file under the folders: path → (modification time, bytes). */
        static Map<Path, FileState> states(Path... dirs) throws IOException {
            Map<Path, FileState> states = new LinkedHashMap<>();
            for (Path dir : dirs) {
                if (!Files.exists(dir)) {
                    continue;
                }
                try (var walk = Files.walk(dir)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        states.put(p, new FileState(Files.getLastModifiedTime(p).toMillis(),
                                Arrays.hashCode(Files.readAllBytes(p)), Files.size(p)));
                    }
                }
            }
            return states;
        }

        static long count(Path... dirs) throws IOException {
            long n = 0;
            for (Path dir : dirs) {
                if (Files.exists(dir)) {
                    try (var walk = Files.walk(dir)) {
                        n += walk.filter(Files::isRegularFile).count();
                    }
                }
            }
            return n;
        }
    }

    record FileState(long modified, int hash, long size) {}
}
