package dev.tablesmith.migration;

import dev.tablesmith.diff.Change;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Derives a migration's description from its changes: {@code create_users}, {@code add_users_phone}. */
public final class MigrationNames {
    static final int MAX_LENGTH = 80;

    private MigrationNames() {}

    public static String derive(List<Change> changes, boolean fromEmpty) {
        Set<String> main = new LinkedHashSet<>();
        Set<String> minor = new LinkedHashSet<>();
        long creates = changes.stream().filter(c -> c instanceof Change.CreateTable).count();
        if (fromEmpty && creates > 2) {
            return "initial_schema";
        }
        for (Change c : changes) {
            if (isStructural(c)) {
                main.add(c.description());
            } else if (!(c instanceof Change.NoOp)) {
                minor.add(c.description());
            }
        }
        List<String> parts = new ArrayList<>(main.isEmpty() ? minor : main);
        if (parts.isEmpty()) {
            return "no_changes";
        }
        String name = parts.size() == 1 ? parts.get(0)
                : parts.size() == 2 ? parts.get(0) + "_and_" + parts.get(1)
                : parts.get(0) + "_and_more";
        return sanitize(name);
    }

    public static String sanitize(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_")
                .replaceAll("^_|_$", "");
        return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH).replaceAll("_$", "");
    }

    private static boolean isStructural(Change c) {
        return c instanceof Change.CreateTable || c instanceof Change.DropTable || c instanceof Change.RenameTable
                || c instanceof Change.AddColumn || c instanceof Change.DropColumn || c instanceof Change.RenameColumn
                || c instanceof Change.AlterColumnType || c instanceof Change.SetDeprecated;
    }
}
