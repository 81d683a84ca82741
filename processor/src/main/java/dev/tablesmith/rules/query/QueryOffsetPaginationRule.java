package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.IndexUsage;
import dev.tablesmith.queries.ParsedQuery.Bound;
import dev.tablesmith.queries.ParsedQuery.OrderItem;
import dev.tablesmith.queries.ParsedQuery.Scope;
import dev.tablesmith.queries.Resolution;
import dev.tablesmith.rules.QueryContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The handbook's "Bad: OFFSET for deep pages": keyset pagination on an indexed key instead. */
public final class QueryOffsetPaginationRule extends QueryRuleBase {
    /** A literal offset below this is a fixed, shallow skip (the second page of a short list), not paging. */
    static final long LARGE_OFFSET = 1_000;

    public QueryOffsetPaginationRule() {
        super("query-offset-pagination", Severity.WARNING,
                "pages are read by keyset (WHERE key < last seen ORDER BY key LIMIT n), not OFFSET with a parameter or a literal of " + LARGE_OFFSET + " or more",
                """
                OFFSET n makes the database produce and throw away n rows, so page 500 costs 500 \
                pages; rows inserted meanwhile also shift pages, so users see repeats and gaps. Keyset \
                pagination continues after the last row seen, on an index that serves the order, and \
                every page costs what the first does. The message gives the rewrite for the query's \
                own ORDER BY, with the primary key as tie-breaker, and the index it needs.
                Compliant: `SELECT id, total FROM orders WHERE user_id = ? AND (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?`""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            if (!q.parsed()) {
                continue;
            }
            for (int s = 0; s < q.query().scopes().size(); s++) {
                Scope scope = q.query().scopes().get(s);
                Bound offset = scope.paging().offset();
                boolean deep = offset.present() && (offset.parameter() || offset.value() != null && offset.value() >= LARGE_OFFSET);
                if (!deep) {
                    continue;
                }
                List<Table> tables = q.resolution().tablesOf(s);
                if (tables.isEmpty()) {
                    continue;
                }
                Table table = tables.get(0);
                report.accept(QueryFindings.on(q, QueryMessages.OFFSET, q.source().name(), offset.text(),
                        keyset(q.resolution(), s, scope, table), indexAdvice(q, s, scope, table)));
            }
        }
    }

    /** The keyset form of the query's order: the ORDER BY columns, the key as tie-breaker. */
    static String keyset(Resolution resolution, int s, Scope scope, Table table) {
        List<String> keys = new ArrayList<>();
        boolean descending = false;
        for (OrderItem o : scope.orderBy()) {
            keys.add(Resolution.bare(o.column().name()));
            descending |= o.descending();
        }
        if (table.primaryKey() != null) {
            for (String pk : table.primaryKey().columns()) {
                if (!keys.contains(pk)) {
                    keys.add(pk);
                }
            }
        }
        if (keys.isEmpty()) {
            return "WHERE <key> > ? ORDER BY <key> LIMIT ?";
        }
        String direction = descending ? " DESC" : "";
        String tuple = keys.size() == 1 ? keys.get(0) : "(" + String.join(", ", keys) + ")";
        String params = keys.size() == 1 ? "?" : "(" + String.join(", ", keys.stream().map(k -> "?").toList()) + ")";
        return "WHERE " + tuple + (descending ? " < " : " > ") + params + " ORDER BY "
                + String.join(", ", keys.stream().map(k -> k + direction).toList()) + " LIMIT ?, passing the last row's "
                + String.join(", ", keys);
    }

    private static String indexAdvice(AnalyzedQuery q, int s, Scope scope, Table table) {
        boolean served = q.uses().stream().anyMatch(u -> u.scope() == s && u.table().name().equals(table.name())
                && u.index() != null);
        if (scope.orderBy().isEmpty() || served) {
            return "";
        }
        String first = Resolution.bare(scope.orderBy().get(0).column().name());
        return IndexUsage.leads(table, first) ? "" : " (and an index leading with " + first + ", which none of " + table.name()
                + " does)";
    }
}
