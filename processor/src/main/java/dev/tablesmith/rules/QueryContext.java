package dev.tablesmith.rules;

import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.EntityMapping;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link QueryRule} sees: the schema read from the entities, where each object came from,
 * the renames this build declares, the entities' mapping (for JPQL) and every declared query, parsed.
 */
public record QueryContext(Schema schema, SourceMap sources, Renames renames, List<EntityMapping> entities,
        List<AnalyzedQuery> queries) {
    public QueryContext {
        entities = List.copyOf(entities);
        queries = List.copyOf(queries);
    }

    public Optional<EntityMapping> entity(String className) {
        return entities.stream().filter(e -> e.className().equals(className)).findFirst();
    }
}
