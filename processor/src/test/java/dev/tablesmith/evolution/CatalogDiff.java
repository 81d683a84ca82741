package dev.tablesmith.evolution;

import dev.tablesmith.testkit.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lines of two catalogs' text that only one of them has, so a failure shows just the difference. */
final class CatalogDiff {
    private CatalogDiff() {}

    static String lines(String leftName, Catalog left, String rightName, Catalog right) {
        List<String> l = lines(left);
        List<String> r = lines(right);
        StringBuilder sb = new StringBuilder();
        for (String line : minus(l, r)) {
            sb.append("  only ").append(leftName).append(": ").append(line).append('\n');
        }
        for (String line : minus(r, l)) {
            sb.append("  only ").append(rightName).append(": ").append(line).append('\n');
        }
        return sb.toString();
    }

    /** Each line prefixed with its table, so equal lines of different tables stay apart. */
    private static List<String> lines(Catalog c) {
        List<String> out = new ArrayList<>();
        String table = "";
        for (String line : c.toString().split("\n")) {
            if (line.startsWith("table ")) {
                table = line.substring(6).split(" ")[0];
                out.add(line);
            } else {
                out.add(line.startsWith("  ") ? table + ": " + line.trim() : line);
            }
        }
        return out;
    }

    private static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        b.forEach(x -> counts.merge(x, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String x : a) {
            if (counts.getOrDefault(x, 0) > 0) {
                counts.merge(x, -1, Integer::sum);
            } else {
                out.add(x);
            }
        }
        return out;
    }
}
