package dev.tablesmith.reading;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.queries.EntityMapping;
import java.util.List;
import java.util.Set;

/**
 * The model read from the entities: the schema, where each part came from, declared renames, and
 * mapping problems that make the schema unreliable (always errors).
 *
 * @param unreadComments tables and columns whose comment could not be read because it would come
 *     from the Javadoc of a class read from its class file; {@link UnreadComments#keep} takes
 *     their comments from the snapshot
 * @param entities how each entity maps to its table, for JPQL queries
 */
public record ReadResult(Schema schema, SourceMap sources, Renames renames, List<Finding> problems,
        Set<Ref> unreadComments, List<EntityMapping> entities) {
    public ReadResult {
        entities = List.copyOf(entities);
        problems = List.copyOf(problems);
        unreadComments = Set.copyOf(unreadComments);
    }
}
