package dev.tablesmith.queries;

import java.util.List;
import java.util.Map;

/**
 * A declared query after parsing: the SQL it runs (JPQL translated), each target engine's parse,
 * the names resolved against the schema and the index each of its tables is reached by.
 *
 * @param sql the SQL, or null when the text could not be read or translated
 * @param parses per engine id, the parse of {@code sql}
 * @param translation the JPQL translation, or null for native SQL
 * @param resolution the names of the first parse that succeeded, or null when none did
 * @param uses the index per table and scope, empty when nothing parsed
 */
public record AnalyzedQuery(QuerySource source, String sql, Map<String, QueryParser.Parse> parses,
        JpqlTranslation translation, Resolution resolution, List<IndexUsage.TableUse> uses) {
    public AnalyzedQuery {
        parses = Map.copyOf(parses);
        uses = List.copyOf(uses);
    }

    public boolean parsed() {
        return resolution != null;
    }

    public ParsedQuery query() {
        return resolution == null ? null : resolution.query();
    }
}
