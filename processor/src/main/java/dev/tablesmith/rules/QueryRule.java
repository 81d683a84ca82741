package dev.tablesmith.rules;

import dev.tablesmith.findings.Finding;
import java.util.function.Consumer;

/** A rule judged on the queries the sources declare, against the schema of the same build. */
public interface QueryRule extends Rule {
    void check(QueryContext context, Consumer<Finding> report);
}
