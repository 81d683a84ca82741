package dev.tablesmith.reading;

import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ConventionalNames;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.ForeignKeyIndexes;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import java.util.List;
import java.util.Map;

/**
 * The handbook's conventions that add objects nobody declared: an index for every foreign key that
 * no index, key or unique constraint leads with (joins and {@code ON DELETE} checks would scan the
 * table otherwise), and an {@code updated_at} trigger for every table with that column. Pure.
 */
public final class Conventions {
    private Conventions() {}

    public static final String UPDATED_AT = "updated_at";

    /** The comment of the index generated for a foreign key (COMMENT ON INDEX on PostgreSQL). */
    public static String foreignKeyIndexComment(ForeignKey fk) {
        return "supports foreign key " + fk.name();
    }

    public static Table apply(Table table, boolean fkIndexes, Map<Ref, Source> sources) {
        Table.Builder b = table.toBuilder();
        if (fkIndexes) {
            for (ForeignKey fk : table.foreignKeys()) {
                if (!ForeignKeyIndexes.isCovered(b.primaryKey, b.uniqueConstraints, b.indexes, fk.columns())) {
                    String name = ConventionalNames.foreignKeyIndex(table.localName(), fk.columns());
                    if (b.indexes.stream().anyMatch(i -> i.name().equals(name))) {
                        continue; // a declared index has that name: the fk-index rule reports the foreign key
                    }
                    b.indexes.add(new Index(name, fk.columns().stream().map(IndexElement::column).toList(), false,
                            IndexMethod.BTREE, List.of(), null, foreignKeyIndexComment(fk)));
                    Source fkSource = sources.get(Ref.object(table.name(), fk.name()));
                    if (fkSource != null) {
                        sources.putIfAbsent(Ref.object(table.name(), name),
                                new Source(fkSource.origin(), null, fkSource.entity(), null));
                    }
                }
            }
        }
        boolean timestamp = table.column(UPDATED_AT)
                .map(c -> c.type().kind() == ColumnType.Kind.TIMESTAMP_TZ || c.type().kind() == ColumnType.Kind.TIMESTAMP)
                .orElse(false);
        if (timestamp && b.triggers.isEmpty()) {
            b.triggers.add(new Trigger(ConventionalNames.generated("update_" + table.localName() + "_" + UPDATED_AT, ""),
                    UPDATED_AT));
        }
        return b.build();
    }
}
