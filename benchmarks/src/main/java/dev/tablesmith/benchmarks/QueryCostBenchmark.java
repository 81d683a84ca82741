package dev.tablesmith.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the query checks add to a build, in cold javac processes (one JVM per compilation, as Maven
 * runs javac in a fresh JVM on a CI machine): the same entity set ({@link EntitySetGenerator})
 * compiled by plain javac, by Tablesmith without queries (the SQL parser is never loaded), with one
 * declared query (the fixed cost: loading JSqlParser), and with one query per entity (each an
 * {@code @Sql} constant built from the generated table constants, served by the entity's index, so
 * every query is read, parsed, resolved and judged). Scenarios are interleaved per repetition; the
 * median wall and CPU time (user + system, from {@code /usr/bin/time}) of each is printed with its
 * ratio to plain javac and to Tablesmith without queries.
 *
 * <p>Arguments: the entity count (default 1000) and the repetitions (default 3):
 * {@code java -cp <benchmarks class path> dev.tablesmith.benchmarks.QueryCostBenchmark 1000 3}.
 */
public final class QueryCostBenchmark {
    private QueryCostBenchmark() {}

    record Measure(double wall, double cpu) {}

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String classpath = System.getProperty("java.class.path");
        Path work = Files.createTempDirectory("tablesmith-query-bench-");
        try {
            List<Path> entities = EntitySetGenerator.write(work.resolve("src"), size);
            List<Path> one = new ArrayList<>(entities);
            one.add(queries(work.resolve("one"), 1));
            List<Path> all = new ArrayList<>(entities);
            all.add(queries(work.resolve("all"), size));
            List<String> names = List.of("plain javac (-proc:none)", "Tablesmith, no queries",
                    "Tablesmith, 1 query", "Tablesmith, " + size + " queries");
            List<List<Path>> sources = List.of(entities, entities, one, all);
            double[][] wall = new double[names.size()][reps];
            double[][] cpu = new double[names.size()][reps];
            for (int r = 0; r < reps; r++) {
                for (int s = 0; s < names.size(); s++) {
                    Measure m = javac(work, classpath, sources.get(s), s == 0);
                    wall[s][r] = m.wall();
                    cpu[s][r] = m.cpu();
                }
            }
            System.out.printf(Locale.ROOT, "Query checks, %d entities, %d cold javac runs each, medians (%s, %d cores)%n",
                    size, reps, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%-34s %10s %10s %9s %12s%n", "scenario", "wall s", "cpu s", "cpu/plain",
                    "cpu/no query");
            double plainCpu = median(cpu[0]);
            double baseCpu = median(cpu[1]);
            for (int s = 0; s < names.size(); s++) {
                System.out.printf(Locale.ROOT, "%-34s %10.2f %10.2f %8.2fx %11.3fx%n", names.get(s), median(wall[s]),
                        median(cpu[s]), median(cpu[s]) / plainCpu, median(cpu[s]) / baseCpu);
            }
        } finally {
            delete(work);
        }
    }

    /** One query per entity i < n: its listing by status, newest first, from its table constants. */
    static Path queries(Path dir, int n) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("bench"));
        StringBuilder src = new StringBuilder("package bench;\n\nimport dev.tablesmith.annotations.Sql;\n\n"
                + "/** The listing query of every entity. */\npublic final class Listings {\n    private Listings() {}\n");
        for (int i = 0; i < n; i++) {
            String t = "Thing" + i + "Table";
            src.append(String.format(Locale.ROOT, "%n    @Sql%n    static final String LIST_%d = \"SELECT \" + %s.ID + \", \" + %s.TITLE"
                    + " + \" FROM \" + %s.TABLE + \" WHERE \" + %s.STATUS + \" = ? ORDER BY \" + %s.CREATED_AT"
                    + " + \" DESC LIMIT ?\";%n", i, t, t, t, t, t));
        }
        src.append("}\n");
        Path file = pkg.resolve("Listings.java");
        Files.writeString(file, src);
        return file;
    }

    private static Measure javac(Path work, String classpath, List<Path> sources, boolean plain) throws Exception {
        Path out = fresh(work.resolve("out"));
        Path migrations = fresh(work.resolve("migrations"));
        Path timing = work.resolve("time.txt");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S", "-o", timing.toString(),
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", out.resolve("classes").toString(), "-s", out.resolve("generated").toString(),
                "-classpath", classpath, "-processorpath", classpath, "-nowarn", "-implicit:none", "--release", "17"));
        Files.createDirectories(out.resolve("classes"));
        Files.createDirectories(out.resolve("generated"));
        if (plain) {
            cmd.add("-proc:none");
        } else {
            cmd.addAll(List.of("-Atablesmith.migrations=" + migrations, "-Atablesmith.version=20260101000000",
                    "-Atablesmith.rules=warning")); // as CompileBenchmark: the synthetic set breaks naming rules
        }
        Path list = work.resolve("sources.txt");
        Files.write(list, sources.stream().map(Path::toString).toList());
        cmd.add("@" + list);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("javac.log").toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("javac failed:\n" + Files.readString(work.resolve("javac.log")));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String[] times = Files.readString(timing).strip().lines().reduce((a, b) -> b).orElse("0 0").split("\\s+");
        return new Measure(wall, Double.parseDouble(times[0]) + Double.parseDouble(times[1]));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
