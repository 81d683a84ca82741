package dev.tablesmith.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Renames declared with {@code @RenamedFrom}: new name to old name, for tables and for the columns
 * of each (new) table. The differ turns them into renames instead of drop + add.
 */
public record Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
    public static final Renames NONE = new Renames(Map.of(), Map.of());

    public Renames {
        tables = Map.copyOf(new TreeMap<>(tables));
        columns = Map.copyOf(columns);
    }

    public Map<String, String> columnsOf(String table) {
        return columns.getOrDefault(table, Map.of());
    }
}
