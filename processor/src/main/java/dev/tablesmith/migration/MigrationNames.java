package dev.tablesmith.migration;

import dev.tablesmith.diff.Change;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Derives a migration's description from its changes: {@code create_users}, {@code add_users_phone}.
 * A derived description is at most {@link #MAX_DERIVED_LENGTH} characters, so file names stay
 * readable in a listing; a longer one is cut at a word and ends with a short hash of the whole,
 * so two long descriptions that start alike stay apart.
 */
public final class MigrationNames {
    static final int MAX_LENGTH = 80;
    static final int MAX_DERIVED_LENGTH = 48;
    private static final int HASH_LENGTH = 6;

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
        String both = parts.size() == 2 ? parts.get(0) + "_and_" + parts.get(1) : null;
        String name = parts.size() == 1 ? parts.get(0)
                : both != null && sanitize(both).length() <= MAX_DERIVED_LENGTH ? both
                : parts.get(0) + "_and_more";
        return cap(sanitize(name));
    }

    /** The description cut to {@link #MAX_DERIVED_LENGTH} at a word, with a hash of the whole. */
    static String cap(String name) {
        if (name.length() <= MAX_DERIVED_LENGTH) {
            return name;
        }
        String hash = Checksums.sha256(name).substring(0, HASH_LENGTH);
        String head = name.substring(0, MAX_DERIVED_LENGTH - HASH_LENGTH - 1);
        int word = head.lastIndexOf('_');
        head = word > 0 ? head.substring(0, word) : head;
        return head + "_" + hash;
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
