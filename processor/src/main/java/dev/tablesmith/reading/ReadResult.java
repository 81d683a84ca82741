package dev.tablesmith.reading;

import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.rules.Finding;
import java.util.List;

/**
 * The model read from the entities: the schema, where each part came from, declared renames, and
 * mapping problems that make the schema unreliable (always errors).
 */
public record ReadResult(Schema schema, SourceMap sources, Renames renames, List<Finding> problems) {
    public ReadResult {
        problems = List.copyOf(problems);
    }
}
