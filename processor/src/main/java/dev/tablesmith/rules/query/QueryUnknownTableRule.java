package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.JpqlTranslation;
import dev.tablesmith.queries.Resolution;
import dev.tablesmith.rules.QueryContext;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Every table a query names is a table of this build's schema (or an entity, in JPQL). */
public final class QueryUnknownTableRule extends QueryRuleBase {
    public QueryUnknownTableRule() {
        super("query-unknown-table", Severity.ERROR,
                "every table a query reads or writes (every entity, in JPQL) exists in the schema of this build",
                """
                The schema the build migrates to is known at compile time, so a query naming a table \
                that does not exist, misspelt or dropped, fails here instead of at run time. Tables \
                renamed with @RenamedFrom are reported by query-renamed-column instead.
                Compliant: `@NamedNativeQuery(name = "Order.recent", query = "SELECT id, total FROM orders WHERE user_id = ?")`""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        var tables = context.schema().tables().stream().map(Table::name).toList();
        for (AnalyzedQuery q : context.queries()) {
            if (q.translation() != null) {
                for (JpqlTranslation.Unknown u : q.translation().unknownEntities()) {
                    report.accept(QueryFindings.on(q, QueryMessages.UNKNOWN_ENTITY, q.source().name(), u.name(),
                            QueryFindings.didYouMean(u.name(), u.known())));
                }
            }
            if (!q.parsed()) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Resolution.UnknownTable t : q.resolution().unknownTables()) {
                String name = Resolution.bare(t.ref().name());
                if (QueryRenamedColumnRule.renamedTable(context, name).isEmpty() && seen.add(name)) {
                    report.accept(QueryFindings.on(q, QueryMessages.UNKNOWN_TABLE, q.source().name(), t.ref().name(),
                            QueryFindings.didYouMean(name, tables)));
                }
            }
        }
    }
}
