package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.IndexUsage;
import dev.tablesmith.queries.ParsedQuery.Predicate;
import dev.tablesmith.rules.QueryContext;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The handbook's "Bad: functions on indexed columns": {@code WHERE lower(email) = ?} without an index on {@code lower(email)}. */
public final class QueryFunctionOnIndexedColumnRule extends QueryRuleBase {
    public QueryFunctionOnIndexedColumnRule() {
        super("query-function-on-indexed-column", Severity.WARNING,
                "a filter does not wrap an indexed column in a function (lower(email) = ?) unless an expression index on exactly that serves it",
                """
                An index on email orders the stored values; lower(email) is another value, so the \
                index cannot find it and every row is computed and compared. Declare an expression \
                index on the same expression, or store the value normalised (lower-case on write) \
                and compare the column.
                Compliant: `@TableIndex(expression = "lower(email)", unique = true)` with `WHERE lower(email) = lower(?)`""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            if (!q.parsed()) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (int s = 0; s < q.query().scopes().size(); s++) {
                for (Predicate p : q.query().scopes().get(s).predicates()) {
                    if (p.function() == null) {
                        continue;
                    }
                    var resolved = q.resolution().resolve(s, p.column()).filter(r -> r.column() != null);
                    if (resolved.isEmpty()) {
                        continue;
                    }
                    Table table = resolved.get().table();
                    String column = resolved.get().column().name();
                    Optional<String> index = indexOn(table, column);
                    if (index.isEmpty() || hasExpressionIndex(table, p.function()) || !seen.add(p.function())) {
                        continue; // an unindexed column is query-unindexed-filter's
                    }
                    report.accept(QueryFindings.on(q, QueryMessages.FUNCTION_ON_INDEXED, q.source().name(), p.function(),
                            index.get(), table.name() + "." + column, p.function()));
                }
            }
        }
    }

    /** The index (or key) that leads with the column, if any. */
    static Optional<String> indexOn(Table table, String column) {
        if (table.primaryKey() != null && table.primaryKey().columns().get(0).equals(column)) {
            return Optional.of(table.primaryKey().name());
        }
        for (var u : table.uniqueConstraints()) {
            if (u.columns().get(0).equals(column)) {
                return Optional.of(u.name());
            }
        }
        for (Index i : table.indexes()) {
            if (!i.elements().isEmpty() && column.equals(i.elements().get(0).column())) {
                return Optional.of(i.name());
            }
        }
        return Optional.empty();
    }

    static boolean hasExpressionIndex(Table table, String normalised) {
        for (Index i : table.indexes()) {
            for (IndexElement e : i.elements()) {
                if (e.expression() != null && IndexUsage.normalise(e.expression()).equals(normalised)) {
                    return true;
                }
            }
        }
        return false;
    }
}
