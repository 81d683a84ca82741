package dev.tablesmith.rules;

import dev.tablesmith.findings.Finding;
import java.util.function.Consumer;

/** A rule judged on the model of the entities (naming and integrity rules). */
public interface SchemaRule extends Rule {
    void check(SchemaContext context, Consumer<Finding> report);
}
