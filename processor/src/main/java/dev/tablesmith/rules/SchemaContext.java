package dev.tablesmith.rules;

import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;
import java.util.List;

/**
 * What a {@link SchemaRule} sees: the schema read from the entities, where each object came from,
 * and the target dialects (for reserved words and identifier limits).
 */
public record SchemaContext(Schema schema, SourceMap sources, List<String> dialects) {}
