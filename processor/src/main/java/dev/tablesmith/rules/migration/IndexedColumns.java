package dev.tablesmith.rules.migration;

import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys and indexes a column is part of, which a type change that rewrites the table rebuilds
 * with it. Splits the type changes between {@link TableRewriteRule} (no index holds the column) and
 * {@link IndexedColumnTypeChangeRule} (one does), so each change is one finding.
 */
final class IndexedColumns {
    private IndexedColumns() {}

    /** Names of the primary key, uniques, indexes and foreign keys of {@code table} that hold {@code column}, in that order. */
    static List<String> holding(Schema schema, String table, String column) {
        Table t = schema.table(table).orElse(null);
        if (t == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (t.primaryKey() != null && t.primaryKey().columns().contains(column)) {
            names.add("primary key " + t.primaryKey().name());
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            if (u.columns().contains(column)) {
                names.add("unique " + u.name());
            }
        }
        for (Index i : t.indexes()) {
            if (i.elements().stream().map(IndexElement::column).anyMatch(column::equals) || i.include().contains(column)) {
                names.add("index " + i.name());
            }
        }
        for (ForeignKey f : t.foreignKeys()) {
            if (f.columns().contains(column)) {
                names.add("foreign key " + f.name());
            }
        }
        return names;
    }
}
