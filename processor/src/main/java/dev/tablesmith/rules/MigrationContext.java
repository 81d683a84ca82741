package dev.tablesmith.rules;

import dev.tablesmith.diff.Change;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;
import java.util.List;
import java.util.Set;

/**
 * What a {@link MigrationRule} sees: the schema recorded in the snapshot, the schema read from the
 * entities, the ordered changes between them (plain forms, before the safety step), where each new
 * object came from, and the drops confirmed with {@code -Atablesmith.allowDrop}.
 *
 * @param allowDrop confirmed drops: {@code table} or {@code table.column}
 */
public record MigrationContext(Schema old, Schema model, List<Change> changes, SourceMap sources,
        Set<String> allowDrop) {
    public MigrationContext {
        changes = List.copyOf(changes);
        allowDrop = Set.copyOf(allowDrop);
    }
}
