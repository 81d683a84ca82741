package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.queries.AnalyzedQuery;
import dev.tablesmith.queries.QueryParser;
import dev.tablesmith.rules.QueryContext;
import java.util.Map;
import java.util.function.Consumer;

/** A query Tablesmith cannot read is said to be unchecked, never silently skipped and never a crash. */
public final class QueryUnparsableRule extends QueryRuleBase {
    public QueryUnparsableRule() {
        super("query-unparsable", Severity.WARNING,
                "a declared query the SQL parser cannot read for a target database, or JPQL Tablesmith cannot translate, is unchecked",
                """
                Tablesmith parses every declared query with JSqlParser, with the lexical rules of each \
                target database, and translates JPQL through the entities' mapping. A query it cannot \
                read is not checked by the other query rules, and this warning says so, with the \
                parser's reason: a syntax error, a construct the parser does not know, or a constant \
                that javac cannot fold (built with String.join or a method call).
                Compliant: `@Sql static final String BY_USER = "SELECT " + OrderTable.ID + " FROM " + OrderTable.TABLE + " WHERE " + OrderTable.USER_ID + " = ?";`""");
    }

    @Override
    public void check(QueryContext context, Consumer<Finding> report) {
        for (AnalyzedQuery q : context.queries()) {
            if (!q.source().readable()) {
                report.accept(QueryFindings.on(q, QueryMessages.valueOf(q.source().unreadable()), q.source().name()));
                continue;
            }
            if (q.translation() != null && q.translation().sql() == null && q.translation().problem() != null) {
                report.accept(QueryFindings.on(q, QueryMessages.UNTRANSLATABLE, q.source().name(), q.translation().problem()));
            }
            for (Map.Entry<String, QueryParser.Parse> e : q.parses().entrySet()) {
                if (!e.getValue().ok()) {
                    report.accept(QueryFindings.on(q, QueryMessages.UNPARSABLE, q.source().name(), e.getKey(),
                            e.getValue().problem()));
                }
            }
        }
    }
}
