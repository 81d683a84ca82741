package dev.tablesmith.queries;

import dev.tablesmith.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses and resolves every declared query against the schema of this build. Pure. */
public final class Queries {
    private Queries() {}

    /**
     * @param engines the target engines ({@code postgresql}, {@code mysql}, {@code sqlite}), the
     *     primary first; native SQL is parsed for each, JPQL's translation once
     */
    public static List<AnalyzedQuery> analyze(List<QuerySource> sources, Schema schema, List<EntityMapping> entities,
            List<String> engines, QueryParser parser) {
        List<AnalyzedQuery> out = new ArrayList<>();
        for (QuerySource source : sources) {
            if (!source.readable()) {
                out.add(new AnalyzedQuery(source, null, Map.of(), null, null, List.of()));
                continue;
            }
            JpqlTranslation translation = null;
            String sql = source.text();
            List<String> parseFor = engines;
            if (source.kind() == QuerySource.Kind.JPQL) {
                translation = parser.translate(source.text(), entities, source.domainEntity());
                sql = translation.sql();
                parseFor = List.of("postgresql");
            }
            Map<String, QueryParser.Parse> parses = new LinkedHashMap<>();
            Resolution resolution = null;
            if (sql != null) {
                for (String engine : parseFor) {
                    QueryParser.Parse parse = parser.parse(sql, engine);
                    parses.put(engine, parse);
                    if (parse.ok() && resolution == null) {
                        resolution = new Resolution(parse.query(), schema);
                    }
                }
            }
            out.add(new AnalyzedQuery(source, sql, parses, translation, resolution,
                    resolution == null ? List.of() : IndexUsage.of(resolution)));
        }
        return out;
    }
}
