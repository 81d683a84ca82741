package dev.tablesmith.benchmarks;

import dev.tablesmith.benchmarks.CompileBenchmark.EntitySet;
import dev.tablesmith.benchmarks.CompileBenchmark.FileState;
import dev.tablesmith.benchmarks.CompileBenchmark.Files2;
import dev.tablesmith.benchmarks.CompileBenchmark.Paths;
import dev.tablesmith.benchmarks.CompileBenchmark.Stats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cold scenarios: one {@code javac} process per run, measured by {@code /usr/bin/time} (CPU
 * time and peak RSS of the child) and the harness's clock (wall time).
 */
final class ColdRuns {
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final FileTime OLD = FileTime.fromMillis(86_400_000L);

    private final Paths paths;
    private final EntitySet set;
    private final Path work;
    private final int reps;
    private final Path jfr;
    private final Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");

    ColdRuns(Paths paths, EntitySet set, Path work, int reps, Path jfr) {
        this.paths = paths;
        this.set = set;
        this.work = work;
        this.reps = reps;
        this.jfr = jfr;
    }

    /** One measured javac process. */
    record Measure(double wall, double cpu, double rssMb, long files) {}

    /** A scenario: what to prepare before each run, and the javac arguments of the run. */
    private record Scenario(String name, Prepared prepare) {}

    private interface Prepared {
        Run prepare(int rep) throws IOException;
    }

    /** Everything one run needs: its arguments and the folders whose files count as written. */
    private record Run(List<String> args, List<Path> sources, List<Path> outputs, Path out, boolean keepOutput) {
        Run(List<String> args, List<Path> sources, List<Path> outputs) {
            this(args, sources, outputs, null, false);
        }
    }

    void run(boolean withChange) throws Exception {
        ensureTime();
        // the migration folder of the no-op scenario: written once by the same model
        Path existing = work.resolve("noop-migrations");
        Files2.fresh(existing);
        Measure setup = javac(tablesmith(existing, true), set.sources(), work.resolve("setup"), null);
        check(setup, "setup of the no-op scenario");

        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario("plain javac (-proc:none)", rep -> new Run(List.of("-proc:none"), set.sources(), List.of())));
        scenarios.add(new Scenario("empty processor (the floor for any processor)", rep -> new Run(
                List.of("-processorpath", emptyProcessorPath(), "-processor", EmptyProcessor.class.getName()),
                set.sources(), List.of())));
        scenarios.add(new Scenario("Hibernate jpamodelgen 7.4 (metamodel)", rep -> new Run(
                List.of("-processorpath", paths.jpamodelgen()), set.sources(), List.of())));
        scenarios.add(new Scenario("Tablesmith, first migration (defaults)", rep -> {
            Path m = Files2.fresh(work.resolve("first-migrations"));
            return new Run(tablesmith(m, true), set.sources(), List.of(m));
        }));
        scenarios.add(new Scenario("Tablesmith, first migration, tableClass=none", rep -> {
            Path m = Files2.fresh(work.resolve("nc-migrations"));
            return new Run(tablesmith(m, false), set.sources(), List.of(m));
        }));
        scenarios.add(new Scenario("Tablesmith, no-op (model unchanged)", rep -> {
            touchOld(existing);
            return new Run(tablesmith(existing, true), set.sources(), List.of(existing));
        }));
        ChangeScenario change = withChange ? new ChangeScenario() : null;
        if (change != null) {
            change.setUp();
            scenarios.add(new Scenario("Tablesmith, one entity changed (Maven rebuild)", change::prepare));
        }

        Measure[][] m = new Measure[scenarios.size()][reps];
        for (int r = 0; r < reps; r++) {
            for (int s = 0; s < scenarios.size(); s++) {
                Scenario sc = scenarios.get(s);
                Run run = sc.prepare().prepare(r);
                m[s][r] = javac(run.args(), run.sources(), run.out() != null ? run.out() : work.resolve("out"),
                        run.outputs(), run.keepOutput());
                check(m[s][r], sc.name());
                if (run.keepOutput()) {
                    change.record(r);
                }
            }
        }
        print(scenarios, m);
        if (change != null) {
            change.print();
        }
        generatedSize();
        Targets.record(set.size(), scenarios.stream().map(Scenario::name).toList(), m);
        if (jfr != null) {
            profile();
        }
    }

    /** A JFR recording of one Tablesmith run with default outputs. */
    private void profile() throws Exception {
        Files.createDirectories(jfr);
        Path file = jfr.resolve("tablesmith-" + set.size() + ".jfr");
        Path m = Files2.fresh(work.resolve("jfr-migrations"));
        List<String> args = new ArrayList<>(List.of("-J-XX:StartFlightRecording=filename=" + file + ",settings=profile"));
        args.addAll(tablesmith(m, true));
        check(javac(args, set.sources(), work.resolve("out"), null), "JFR run");
        System.out.println("JFR recording: " + file);
    }

    private static String emptyProcessorPath() {
        try {
            return Path.of(EmptyProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> tablesmith(Path migrations, boolean tableClasses) {
        List<String> args = new ArrayList<>(List.of("-processorpath", paths.tablesmith(),
                "-Atablesmith.migrations=" + migrations, "-Atablesmith.version=" + CompileBenchmark.VERSION));
        if (!tableClasses) {
            args.add("-Atablesmith.tableClass=none");
        }
        return args;
    }

    /** Runs javac into {@code out} (emptied first unless {@code keepOutput}), counting the files it leaves. */
    private Measure javac(List<String> extra, List<Path> sources, Path out, List<Path> countedOutputs)
            throws Exception {
        return javac(extra, sources, out, countedOutputs, false);
    }

    private Measure javac(List<String> extra, List<Path> sources, Path out, List<Path> countedOutputs,
            boolean keepOutput) throws Exception {
        Path classes = out.resolve("classes");
        Path generated = out.resolve("generated-sources");
        if (!keepOutput) {
            Files2.fresh(classes);
            Files2.fresh(generated);
        }
        Path sourcesFile = work.resolve("run-sources.txt");
        writeSourceList(sourcesFile, sources);
        Path timeOut = work.resolve("time.txt");
        Path log = work.resolve("javac.log");
        List<String> cmd = new ArrayList<>(List.of(TIME.toString(), "-f", "%U %S %M", "-o", timeOut.toString(),
                javac.toString(),
                // what maven-compiler-plugin passes by default
                "-d", classes.toString(), "-s", generated.toString(), "-classpath", classpathWith(classes, keepOutput),
                "-g", "-nowarn", "--release", "17", "-encoding", "UTF-8"));
        cmd.addAll(extra);
        cmd.add("@" + sourcesFile);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("javac did not finish in 30 minutes");
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("javac failed (" + p.exitValue() + "):\n" + tail(log));
        }
        String[] t = Files.readString(timeOut).strip().split("\\s+");
        String[] last = Arrays.copyOfRange(t, t.length - 3, t.length); // after any "Command exited" line
        double cpu = Double.parseDouble(last[0]) + Double.parseDouble(last[1]);
        double rss = Long.parseLong(last[2]) / 1024.0;
        List<Path> counted = new ArrayList<>(List.of(classes, generated));
        if (countedOutputs != null) {
            counted.addAll(countedOutputs);
        }
        long files = keepOutput ? 0 : Files2.count(counted.toArray(new Path[0]));
        return new Measure(wall, cpu, rss, files);
    }

    /** The previous build's classes come first on Maven's class path; a fresh build has none. */
    private String classpathWith(Path classes, boolean previous) {
        return previous ? classes + java.io.File.pathSeparator + paths.entities() : paths.entities();
    }

    private static void check(Measure m, String what) {
        if (m.wall() <= 0) {
            throw new IllegalStateException(what + ": no time measured");
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void writeSourceList(Path file, List<Path> sources) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Path p : sources) {
            s.append('"').append(p.toString().replace("\\", "\\\\")).append("\"\n");
        }
        Files.writeString(file, s.toString());
    }

    private static void touchOld(Path dir) throws IOException {
        for (Path p : Files2.states(dir).keySet()) {
            Files.setLastModifiedTime(p, OLD);
        }
    }

    private void print(List<Scenario> scenarios, Measure[][] m) {
        double[] plainWall = column(m[0], Measure::wall);
        double[] plainCpu = column(m[0], Measure::cpu);
        double[] plainRss = column(m[0], Measure::rssMb);
        System.out.printf(Locale.ROOT, "cold javac processes, %d repetitions%n", reps);
        System.out.printf(Locale.ROOT, "%-48s %21s %7s %21s %7s %8s %6s %7s%n", "scenario", "wall s med [min-max]",
                "x plain", "CPU s med [min-max]", "x plain", "RSS MB", "x", "files");
        for (int s = 0; s < scenarios.size(); s++) {
            double[] wall = column(m[s], Measure::wall);
            double[] cpu = column(m[s], Measure::cpu);
            double[] rss = column(m[s], Measure::rssMb);
            System.out.printf(Locale.ROOT, "%-48s %6.2f [%5.2f-%6.2f] %6.2fx %6.2f [%5.2f-%6.2f] %6.2fx %8.0f %5.2fx %7s%n",
                    scenarios.get(s).name(), Stats.median(wall), Stats.min(wall), Stats.max(wall),
                    Stats.median(Stats.ratios(wall, plainWall)), Stats.median(cpu), Stats.min(cpu), Stats.max(cpu),
                    Stats.median(Stats.ratios(cpu, plainCpu)), Stats.median(rss),
                    Stats.median(Stats.ratios(rss, plainRss)),
                    m[s][0].files() == 0 ? "see below" : String.valueOf(m[s][0].files()));
        }
    }

    static double[] column(Measure[] runs, java.util.function.ToDoubleFunction<Measure> f) {
        return Arrays.stream(runs).mapToDouble(f).toArray();
    }

    /** Generated sources of the last default Tablesmith run against the entities' own sources. */
    private void generatedSize() throws Exception {
        Path out = work.resolve("size");
        Path m = Files2.fresh(work.resolve("size-migrations"));
        check(javac(tablesmith(m, true), set.sources(), out, null), "generated size run");
        long files = 0;
        long lines = 0;
        long bytes = 0;
        for (Path p : Files2.states(out.resolve("generated-sources")).keySet()) {
            String s = Files.readString(p);
            files++;
            lines += s.lines().count();
            bytes += s.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf(Locale.ROOT, "generated sources: %,d files, %,d lines (%.2fx the entities' %,d), "
                + "%,d bytes (%.2fx); migration folder: %d files, %,d bytes%n", files, lines,
                lines / (double) set.lines(), set.lines(), bytes, bytes / (double) set.bytes(),
                Files2.count(m), Files2.states(m).values().stream().mapToLong(FileState::size).sum());
    }

    /**
     * The one-entity change: a project built once, then entity 500 gains a column before every
     * run, and every source is recompiled into the previous output, as Maven's compiler plugin
     * does when one source changed. Counts the files each run wrote and how many of them changed.
     */
    private final class ChangeScenario {
        final Path out = work.resolve("change-out");
        final Path migrations = work.resolve("change-migrations");
        final Path changedSource = set.dir().resolve(EntitySetGenerator.PACKAGE)
                .resolve(EntitySetGenerator.className(set.size() / 2) + ".java");
        final List<int[]> counts = new ArrayList<>(); // per run: migration folder, generated, classes: written, changed
        Map<Path, FileState> before;
        String original;

        void setUp() throws Exception {
            Files2.fresh(migrations);
            original = Files.readString(changedSource);
            check(javac(tablesmith(migrations, true), set.sources(), out, null), "setup of the change scenario");
        }

        Run prepare(int rep) throws IOException {
            Files.writeString(changedSource, EntitySetGenerator.entity(set.size() / 2, rep + 1));
            touchOld(out);
            touchOld(migrations);
            before = Files2.states(out, migrations);
            List<String> args = new ArrayList<>(List.of("-processorpath", paths.tablesmith(),
                    "-Atablesmith.migrations=" + migrations,
                    "-Atablesmith.version=" + (Long.parseLong(CompileBenchmark.VERSION) + rep + 1)));
            return new Run(args, set.sources(), List.of(), out, true);
        }

        void record(int rep) throws IOException {
            Map<Path, FileState> after = Files2.states(out, migrations);
            int[] c = new int[6];
            for (Map.Entry<Path, FileState> e : after.entrySet()) {
                FileState old = before.get(e.getKey());
                boolean written = old == null || e.getValue().modified() != OLD.toMillis();
                boolean changed = old == null || old.hash() != e.getValue().hash() || old.size() != e.getValue().size();
                int area = e.getKey().startsWith(migrations) ? 0
                        : e.getKey().startsWith(out.resolve("generated-sources")) ? 2 : 4;
                c[area] += written ? 1 : 0;
                c[area + 1] += changed ? 1 : 0;
            }
            counts.add(c);
            if (rep == reps - 1) {
                Files.writeString(changedSource, original);
            }
        }

        void print() {
            int[] c = counts.get(counts.size() - 1);
            System.out.printf(Locale.ROOT, "one entity changed, files written (changed bytes) in the last run: "
                    + "migration folder %d (%d), generated sources %d (%d), class output %d (%d)%n",
                    c[0], c[1], c[2], c[3], c[4], c[5]);
        }
    }

    private static void ensureTime() throws Exception {
        if (Files.isExecutable(TIME)) {
            return;
        }
        // Debian's `time` package; the harness installs it only when missing and it may (root)
        System.out.println("/usr/bin/time is missing: installing Debian's time package");
        Process p = new ProcessBuilder("apt-get", "install", "-y", "-q", "time").inheritIO().start();
        if (p.waitFor() != 0 || !Files.isExecutable(TIME)) {
            throw new IllegalStateException("/usr/bin/time is needed for CPU time and peak RSS: apt-get install time");
        }
    }
}
