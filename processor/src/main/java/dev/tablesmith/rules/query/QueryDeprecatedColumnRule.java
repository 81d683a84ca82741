package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.Resolution;
import dev.tablesmith.rules.QueryContext;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/** A query reading or writing a column or table marked {@code @Deprecated}: the next phase drops it. */
public final class QueryDeprecatedColumnRule extends QueryRuleBase {
    public QueryDeprecatedColumnRule() {
        super("query-deprecated-column", Severity.ERROR,
                "no query uses a column or table marked @Deprecated, which a later migration drops",
                """
                Deprecating a column is the first phase of a safe drop: the release that runs beside \
                the next one must stop using it. A query that still names it breaks when the drop \
                migration runs, so it is reported while the column still exists.
                Compliant: `@Deprecated private String fax;` and no query names `fax`.""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            if (!q.parsed()) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (int s = 0; s < q.query().scopes().size(); s++) {
                for (var ref : q.query().scopes().get(s).tables()) {
                    q.resolution().table(ref.name()).filter(Table::deprecated).filter(t -> seen.add(t.name()))
                            .ifPresent(t -> report.accept(QueryFindings.on(q, QueryMessages.DEPRECATED_TABLE,
                                    q.source().name(), t.name())));
                }
            }
            for (Resolution.Resolved r : q.resolution().knownColumns()) {
                if (r.column().deprecated() && seen.add(r.table().name() + "." + r.column().name())) {
                    report.accept(QueryFindings.on(q, QueryMessages.DEPRECATED_COLUMN, q.source().name(),
                            r.table().name() + "." + r.column().name()));
                }
            }
        }
    }
}
