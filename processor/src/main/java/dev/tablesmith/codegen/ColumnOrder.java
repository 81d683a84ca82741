package dev.tablesmith.codegen;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The handbook's column order, as the migrations write a table: primary key, foreign keys, other
 * columns, then the standard timestamps; declaration order within each group. Generated classes and
 * the schema document list columns in this order, so they read like the {@code CREATE TABLE}.
 */
final class ColumnOrder {
    private static final Set<String> TIMESTAMPS = Set.of("created_at", "updated_at", "deleted_at");

    private ColumnOrder() {}

    static List<Column> of(Table table) {
        List<Column> keys = new ArrayList<>();
        List<Column> foreign = new ArrayList<>();
        List<Column> data = new ArrayList<>();
        List<Column> timestamps = new ArrayList<>();
        for (Column c : table.columns()) {
            if (table.primaryKey() != null && table.primaryKey().columns().contains(c.name())) {
                keys.add(c);
            } else if (table.foreignKeys().stream().anyMatch(f -> f.columns().contains(c.name()))) {
                foreign.add(c);
            } else if (TIMESTAMPS.contains(c.name())) {
                timestamps.add(c);
            } else {
                data.add(c);
            }
        }
        List<Column> all = new ArrayList<>(keys);
        all.addAll(foreign);
        all.addAll(data);
        all.addAll(timestamps);
        return all;
    }
}
