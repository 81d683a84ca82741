package dev.tablesmith.queries;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One query's use of one table, for {@code schema.md} and the query catalogue: the index that
 * serves it, or none.
 *
 * @param index the index, primary key or unique constraint that serves the query, or null
 * @param wantsIndex the query filters, joins or orders the table (so no index means a scan)
 */
public record QueryUse(String query, String table, String index, boolean wantsIndex) {
    /** Every parsed query's tables (the first use of each table in each query), in query order. */
    public static List<QueryUse> of(List<AnalyzedQuery> queries) {
        List<QueryUse> out = new ArrayList<>();
        for (AnalyzedQuery q : queries) {
            Set<String> seen = new LinkedHashSet<>();
            for (IndexUsage.TableUse use : q.uses()) {
                if (seen.add(use.table().name())) {
                    boolean wants = use.wantsIndex() || use.joined();
                    String index = use.index();
                    // a later scope of the same table may be the one an index serves
                    for (IndexUsage.TableUse other : q.uses()) {
                        if (index == null && other.table().name().equals(use.table().name()) && other.index() != null) {
                            index = other.index();
                        }
                    }
                    out.add(new QueryUse(q.source().name(), use.table().name(), index, wants));
                }
            }
        }
        return out;
    }
}
