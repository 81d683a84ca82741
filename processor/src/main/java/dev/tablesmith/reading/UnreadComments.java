package dev.tablesmith.reading;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Comments that could not be read, taken from the snapshot instead.
 *
 * <p>A comment without {@code @Comment} comes from the Javadoc, and class files keep no Javadoc.
 * When an incremental build reads an entity (or a {@code @MappedSuperclass} of a recompiled
 * entity) from its class file, its Javadoc comments are unknown, not removed: dropping them would
 * write a bogus comment change. So such a table or column keeps the comment the snapshot records,
 * which the last build that compiled its source read. A comment given by {@code @Comment} is
 * always read, since the annotation is kept in the class file.
 */
public final class UnreadComments {
    private UnreadComments() {}

    /** The model with the snapshot's comment for each unread table or column the snapshot has. */
    public static Schema keep(Schema model, Schema snapshot, Set<Ref> unread) {
        if (unread.isEmpty()) {
            return model;
        }
        List<Table> tables = new ArrayList<>();
        for (Table table : model.tables()) {
            Optional<Table> recorded = snapshot.table(table.name());
            if (recorded.isEmpty()) {
                tables.add(table);
                continue;
            }
            Table kept = unread.contains(Ref.table(table.name())) ? table.withComment(recorded.get().comment()) : table;
            tables.add(kept.mapColumns(column -> keepColumn(table.name(), column, recorded.get(), unread)));
        }
        return new Schema(tables, model.sequences(), model.enums());
    }

    private static Column keepColumn(String table, Column column, Table recorded, Set<Ref> unread) {
        if (!unread.contains(Ref.column(table, column.name()))) {
            return column;
        }
        return recorded.column(column.name()).map(r -> column.withComment(r.comment())).orElse(column);
    }
}
