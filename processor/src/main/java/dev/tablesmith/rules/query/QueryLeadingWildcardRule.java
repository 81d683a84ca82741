package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexMethod;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.ParsedQuery.Like;
import dev.tablesmith.queries.Resolution;
import dev.tablesmith.rules.QueryContext;
import java.util.function.Consumer;

/** {@code LIKE '%x'}: a pattern that starts with a wildcard cannot use a b-tree index. */
public final class QueryLeadingWildcardRule extends QueryRuleBase {
    public QueryLeadingWildcardRule() {
        super("query-leading-wildcard", Severity.WARNING,
                "LIKE patterns do not start with a wildcard ('%x'), which no b-tree index serves, unless a trigram or full-text index covers the column",
                """
                A b-tree index finds 'abc%' by its prefix; '%abc' has no prefix, so every row is read \
                and matched. Anchor the pattern, or give the column a trigram index (PostgreSQL's \
                pg_trgm, GIN with gin_trgm_ops), which this rule then accepts, or use full-text search.
                Compliant: `WHERE sku LIKE ?` with the value 'ABC%', or `@TableIndex(columns = "name gin_trgm_ops", using = IndexMethod.GIN)`""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            if (!q.parsed()) {
                continue;
            }
            for (int s = 0; s < q.query().scopes().size(); s++) {
                for (Like like : q.query().scopes().get(s).likes()) {
                    if (!like.leadingWildcard()) {
                        continue;
                    }
                    var resolved = q.resolution().resolve(s, like.column()).filter(r -> r.column() != null);
                    if (resolved.isPresent() && trigramIndexed(resolved.get().table(), resolved.get().column().name())) {
                        continue;
                    }
                    report.accept(QueryFindings.on(q, QueryMessages.LEADING_WILDCARD, q.source().name(),
                            like.column().text(), like.operator(), like.pattern(), Resolution.bare(like.column().name())));
                }
            }
        }
    }

    static boolean trigramIndexed(Table table, String column) {
        for (Index index : table.indexes()) {
            if ((index.method() == IndexMethod.GIN || index.method() == IndexMethod.GIST) && !index.elements().isEmpty()
                    && column.equals(index.elements().get(0).column()) && index.elements().get(0).opclass() != null
                    && index.elements().get(0).opclass().contains("trgm")) {
                return true;
            }
        }
        return false;
    }
}
