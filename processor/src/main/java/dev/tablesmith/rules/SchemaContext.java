package dev.tablesmith.rules;

import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;

/**
 * What a {@link SchemaRule} sees: the schema read from the entities, and where each object came from.
 */
public record SchemaContext(Schema schema, SourceMap sources) {}
