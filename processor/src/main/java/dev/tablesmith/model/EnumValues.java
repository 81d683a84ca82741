package dev.tablesmith.model;

import java.util.List;

/**
 * The constants of the Java enum a column stores, in declaration order, as the snapshot records them:
 * an ordinal column stores positions in this list, which no DDL shows, so a reorder is only seen here.
 */
public record EnumValues(String table, String column, ColumnFacts.EnumStorage storage, List<String> constants) {
    public EnumValues {
        constants = List.copyOf(constants);
    }
}
