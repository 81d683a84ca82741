package dev.tablesmith.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole database schema: tables and the sequences that feed their ids. Tables are kept sorted by
 * name, so two schemas built from the same entities in any order are equal.
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {
    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = tables == null ? List.of()
                : tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences == null ? List.of()
                : sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    }

    /** The table of that name: a binary search, as the tables are sorted by name (lookups run per foreign key). */
    public Optional<Table> table(String name) {
        int low = 0;
        int high = tables.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = tables.get(mid).name().compareTo(name);
            if (c < 0) {
                low = mid + 1;
            } else {
                if (c == 0) {
                    found = mid; // keep looking left: the first of equal names, as a scan would find
                }
                high = mid - 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(tables.get(found));
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public boolean isEmpty() {
        return tables.isEmpty() && sequences.isEmpty();
    }

    /** Whether any table needs the shared {@code updated_at} trigger function. */
    public boolean needsUpdatedAtFunction() {
        return tables.stream().anyMatch(t -> !t.triggers().isEmpty());
    }
}
