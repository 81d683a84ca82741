package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.AnalyzedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What the query rules share: findings on the query's value, and did-you-mean suggestions. */
final class QueryFindings {
    private QueryFindings() {}

    static Finding on(AnalyzedQuery q, QueryMessages message, Object... args) {
        return Finding.of(message, q.source().origin(), q.source().owner(), args);
    }

    /** " (did you mean 'x'?)", or the names there are when none is close, or "". */
    static String didYouMean(String name, List<String> known) {
        if (known.isEmpty()) {
            return "";
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        String best = known.stream()
                .min(Comparator.comparingInt((String k) -> distance(wanted, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k))
                .get();
        int d = distance(wanted, best.toLowerCase(Locale.ROOT));
        if (d <= Math.max(2, wanted.length() / 3) || best.toLowerCase(Locale.ROOT).contains(wanted)
                || wanted.contains(best.toLowerCase(Locale.ROOT))) {
            return " (did you mean '" + best + "'?)";
        }
        List<String> sorted = known.stream().sorted().toList();
        return " (it has: " + String.join(", ", sorted.size() > 12 ? sorted.subList(0, 12) : sorted)
                + (sorted.size() > 12 ? ", ..." : "") + ")";
    }

    static String columnsOf(Table table) {
        return String.join(", ", table.columns().stream().map(c -> c.name()).toList());
    }

    static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
