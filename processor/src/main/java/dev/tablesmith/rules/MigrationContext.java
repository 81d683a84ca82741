package dev.tablesmith.rules;

import dev.tablesmith.dialect.Dialect;
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
 * @param targets the dialects written for, in the option's order (rules whose verdict depends on the
 *     database ask them)
 */
public record MigrationContext(Schema old, Schema model, List<Change> changes, SourceMap sources,
        Set<String> allowDrop, List<Dialect> targets) {
    public MigrationContext {
        changes = List.copyOf(changes);
        targets = List.copyOf(targets);
        allowDrop = Set.copyOf(allowDrop);
    }
}
