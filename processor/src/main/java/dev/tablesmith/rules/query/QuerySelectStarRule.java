package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.ParsedQuery.Scope;
import dev.tablesmith.queries.ParsedQuery.TableRef;
import dev.tablesmith.queries.QuerySource;
import dev.tablesmith.rules.QueryContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The handbook's "Bad: SELECT *": a native query selects the columns it needs. */
public final class QuerySelectStarRule extends QueryRuleBase {
    public QuerySelectStarRule() {
        super("query-select-star", Severity.WARNING,
                "a query names the columns it needs instead of SELECT * (the handbook's \"select only needed columns\")",
                """
                SELECT * reads every column, also those a later migration adds (a large JSON or \
                text column), sends them over the wire, and keeps a covering index from serving the \
                query. Name the columns, or use the generated table class's SELECT_LIST. A JPQL query \
                selecting an entity is not SELECT *: Hibernate names the mapped columns.
                Compliant: `"SELECT " + OrderTable.ID + ", " + OrderTable.STATUS + " FROM " + OrderTable.TABLE + " WHERE " + OrderTable.USER_ID + " = ?"`""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            if (!q.parsed() || q.source().kind() == QuerySource.Kind.JPQL) {
                continue;
            }
            for (int s = 0; s < q.query().scopes().size(); s++) {
                Scope scope = q.query().scopes().get(s);
                // EXISTS (SELECT * ...) and sub-selects of IN read no columns out: only the outermost select list
                if (scope.parent() >= 0 || scope.stars().isEmpty()) {
                    continue;
                }
                for (String star : scope.stars()) {
                    List<Table> tables = new ArrayList<>();
                    if (star.isEmpty()) {
                        tables.addAll(q.resolution().tablesOf(s));
                    } else {
                        Optional<TableRef> ref = q.resolution().qualifierTarget(s, star);
                        ref.flatMap(r -> q.resolution().table(r.name())).ifPresent(tables::add);
                    }
                    if (tables.isEmpty()) {
                        continue;
                    }
                    String what = star.isEmpty() ? "*" : star + ".*";
                    String names = String.join(", ", tables.stream().map(Table::name).toList());
                    String columns = String.join(", ", tables.stream().map(QueryFindings::columnsOf).toList());
                    report.accept(QueryFindings.on(q, QueryMessages.SELECT_STAR, q.source().name(), what, names, columns));
                }
            }
        }
    }
}
