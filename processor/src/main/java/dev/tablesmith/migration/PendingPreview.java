package dev.tablesmith.migration;

import dev.tablesmith.diff.Change;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What check mode says about a migration it did not write: each pending change, then each file it
 * would write with its first SQL lines, so a CI log is enough to see what is missing.
 */
public final class PendingPreview {
    /** The version the preview plans with; file names show {@code <version>} instead. */
    public static final String PLACEHOLDER_VERSION = "0";
    static final int SQL_LINES = 6;

    private PendingPreview() {}

    public static String describe(List<Change> pending, MigrationPlanner.Plan plan) {
        StringBuilder text = new StringBuilder("Pending: ")
                .append(pending.stream().map(Change::description).collect(Collectors.joining(", ")));
        for (Script s : plan.scripts()) {
            List<String> sql = s.up().lines().filter(l -> !l.isBlank() && !l.strip().startsWith("--")).toList();
            text.append("\n  it would write ").append("V<version>")
                    .append(s.upFile().substring(1 + PLACEHOLDER_VERSION.length())).append(':');
            sql.stream().limit(SQL_LINES).forEach(l -> text.append("\n    ").append(l));
            if (sql.size() > SQL_LINES) {
                text.append("\n    ... (").append(sql.size() - SQL_LINES).append(" more lines)");
            }
        }
        return text.toString();
    }
}
