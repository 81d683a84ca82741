package dev.tablesmith.benchmarks;

import dev.tablesmith.benchmarks.ColdRuns.Measure;
import dev.tablesmith.benchmarks.CompileBenchmark.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 15's targets, checked against the cold figures and printed (never asserted): the
 * benchmark says which hold on this machine in this run.
 */
final class Targets {
    /** Per size: scenario name → (median wall ratio, median CPU ratio, median RSS ratio). */
    private static final Map<Integer, Map<String, double[]>> RATIOS = new TreeMap<>();

    private Targets() {}

    static void record(int size, List<String> names, Measure[][] m) {
        double[] plainWall = ColdRuns.column(m[0], Measure::wall);
        double[] plainCpu = ColdRuns.column(m[0], Measure::cpu);
        double[] plainRss = ColdRuns.column(m[0], Measure::rssMb);
        Map<String, double[]> bySize = new TreeMap<>();
        for (int s = 0; s < names.size(); s++) {
            bySize.put(names.get(s), new double[] {
                Stats.median(Stats.ratios(ColdRuns.column(m[s], Measure::wall), plainWall)),
                Stats.median(Stats.ratios(ColdRuns.column(m[s], Measure::cpu), plainCpu)),
                Stats.median(Stats.ratios(ColdRuns.column(m[s], Measure::rssMb), plainRss))});
        }
        RATIOS.put(size, bySize);
    }

    static void print() {
        if (RATIOS.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "%nissue 15's targets (median paired ratios to plain javac):%n");
        List<Integer> sizes = new ArrayList<>(RATIOS.keySet());
        for (int size : sizes) {
            Map<String, double[]> r = RATIOS.get(size);
            double[] ts = find(r, "first migration (defaults)");
            double[] nc = find(r, "tableClass=none");
            double[] jpa = find(r, "jpamodelgen");
            double[] noop = find(r, "no-op");
            line(size, "defaults <= 1.25x wall and CPU", ts[0] <= 1.25 && ts[1] <= 1.25, ts);
            line(size, "table classes off <= 1.10x wall and CPU", nc[0] <= 1.10 && nc[1] <= 1.10, nc);
            line(size, "defaults cheaper than jpamodelgen (wall and CPU)", ts[0] < jpa[0] && ts[1] < jpa[1], ts);
            line(size, "peak RSS <= 1.3x (defaults)", ts[2] <= 1.3, ts);
            line(size, "no-op <= 1.05x wall and CPU", noop[0] <= 1.05 && noop[1] <= 1.05, noop);
        }
        if (RATIOS.containsKey(1000) && RATIOS.containsKey(3000)) {
            double[] a = find(RATIOS.get(1000), "first migration (defaults)");
            double[] b = find(RATIOS.get(3000), "first migration (defaults)");
            boolean linear = b[0] <= a[0] + 0.02 && b[1] <= a[1] + 0.02;
            System.out.printf(Locale.ROOT, "  %-5s %-52s %-7s 1,000: %.2fx/%.2fx, 3,000: %.2fx/%.2fx (wall/CPU; 0.02 of noise allowed)%n",
                    "", "linear: the 3,000 ratio not above the 1,000 ratio", linear ? "met" : "NOT met", a[0], a[1],
                    b[0], b[1]);
        }
    }

    private static double[] find(Map<String, double[]> r, String part) {
        return r.entrySet().stream().filter(e -> e.getKey().contains(part)).map(Map.Entry::getValue).findFirst()
                .orElse(new double[] {Double.NaN, Double.NaN, Double.NaN});
    }

    private static void line(int size, String target, boolean met, double[] ratios) {
        System.out.printf(Locale.ROOT, "  N=%-5d %-52s %-7s wall %.2fx, CPU %.2fx, RSS %.2fx%n", size, target,
                met ? "met" : "NOT met", ratios[0], ratios[1], ratios[2]);
    }
}
