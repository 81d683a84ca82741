package dev.tablesmith.migration;

import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
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
 * the new order.
 */
public final class RecordedKeyOrder {
    private RecordedKeyOrder() {}

    public static Schema keep(Schema model, Schema snapshot) {
        List<Table> tables = model.tables().stream().map(t -> keep(t, snapshot.table(t.name()))).toList();
        return new Schema(tables, model.sequences(), model.enums());
    }

    private static Table keep(Table table, Optional<Table> recorded) {
        PrimaryKey now = table.primaryKey();
        PrimaryKey before = recorded.map(Table::primaryKey).orElse(null);
        if (now == null || before == null || now.columns().equals(before.columns()) || !now.name().equals(before.name())
                || now.columns().size() != before.columns().size()
                || !new HashSet<>(now.columns()).equals(new HashSet<>(before.columns()))) {
            return table;
        }
        return table.withPrimaryKey(before);
    }
}
