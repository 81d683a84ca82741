package dev.tablesmith.migration;

import dev.tablesmith.model.ConventionalNames;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import dev.tablesmith.reading.Conventions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A primary key keeps the column order the snapshot records when only the order differs.
 *
 * <p>Tablesmith lists a composite key's columns in Hibernate's order; earlier releases used the
 * declared order (owner first for a join table). Reordering an existing key means dropping and
 * re-adding it, which locks and rebuilds the table for a difference no validator checks: so a key
 * with the same name and the same columns stays as the database has it, and only new tables get
 * the new order. The indexes generated for foreign keys follow the key kept: one the recorded
 * order covers is not added, one it no longer covers is.
 */
public final class RecordedKeyOrder {
    private RecordedKeyOrder() {}

    /** @param fkIndexes whether foreign keys get generated indexes (the fk-index rule is on) */
    public static Schema keep(Schema model, Schema snapshot, boolean fkIndexes) {
        List<Table> tables = model.tables().stream().map(t -> keep(t, snapshot.table(t.name()), fkIndexes)).toList();
        return new Schema(tables, model.sequences(), model.enums());
    }

    private static Table keep(Table table, Optional<Table> recorded, boolean fkIndexes) {
        PrimaryKey now = table.primaryKey();
        PrimaryKey before = recorded.map(Table::primaryKey).orElse(null);
        if (now == null || before == null || now.columns().equals(before.columns()) || !now.name().equals(before.name())
                || now.columns().size() != before.columns().size()
                || !new HashSet<>(now.columns()).equals(new HashSet<>(before.columns()))) {
            return table;
        }
        Table.Builder b = table.withPrimaryKey(before).toBuilder();
        b.indexes.removeIf(i -> table.foreignKeys().stream().anyMatch(fk -> generatedFor(i, fk, table)));
        return Conventions.apply(b.build(), fkIndexes, new HashMap<>());
    }

    /** Whether the index is the one {@link Conventions} generates for the foreign key. */
    private static boolean generatedFor(Index index, ForeignKey fk, Table table) {
        return index.name().equals(ConventionalNames.foreignKeyIndex(table.localName(), fk.columns()))
                && Conventions.foreignKeyIndexComment(fk).equals(index.comment());
    }
}
