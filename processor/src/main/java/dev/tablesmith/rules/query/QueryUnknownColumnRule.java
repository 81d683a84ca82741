package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.JpqlTranslation;
import dev.tablesmith.queries.Resolution;
import dev.tablesmith.rules.QueryContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Every column a query names is a column of a table it reads (every attribute, in JPQL). */
public final class QueryUnknownColumnRule extends QueryRuleBase {
    public QueryUnknownColumnRule() {
        super("query-unknown-column", Severity.ERROR,
                "every column a query names (every attribute path, in JPQL) exists in the tables it reads",
                """
                A column is looked up in the table its qualifier names, or in the tables of its \
                SELECT (and the enclosing ones, for a correlated sub-select); names the query defines \
                itself (CTEs, derived tables, select-list aliases) are not looked up. Columns renamed \
                with @RenamedFrom are reported by query-renamed-column instead.
                Compliant: `@Query("SELECT o FROM Order o WHERE o.user.id = :userId ORDER BY o.createdAt DESC")`""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            if (q.translation() != null) {
                for (JpqlTranslation.Unknown u : q.translation().unknownAttributes()) {
                    report.accept(QueryFindings.on(q, QueryMessages.UNKNOWN_ATTRIBUTE, q.source().name(), u.name(),
                            u.entity(), QueryFindings.didYouMean(u.name(), u.known())));
                }
            }
            if (!q.parsed()) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Resolution.UnknownColumn c : q.resolution().unknownColumns()) {
                String name = Resolution.bare(c.ref().name());
                List<Table> in = c.candidates();
                if (in.stream().anyMatch(t -> QueryRenamedColumnRule.renamedColumn(context, t, name).isPresent())
                        || !seen.add(c.ref().text())) {
                    continue;
                }
                String where = in.size() == 1 ? "table " + in.get(0).name()
                        : "none of " + String.join(", ", in.stream().map(Table::name).toList());
                List<String> known = in.stream().flatMap(t -> t.columns().stream()).map(Column::name).distinct().toList();
                report.accept(QueryFindings.on(q, QueryMessages.UNKNOWN_COLUMN, q.source().name(), c.ref().text(), where,
                        QueryFindings.didYouMean(name, known)));
            }
        }
    }
}
