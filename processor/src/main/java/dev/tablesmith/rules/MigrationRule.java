package dev.tablesmith.rules;

import dev.tablesmith.findings.Finding;
import java.util.function.Consumer;

/** A migration-safety rule judged on the diff between the snapshot and the entities. */
public interface MigrationRule extends Rule {
    void check(MigrationContext context, Consumer<Finding> report);
}
