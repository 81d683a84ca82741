package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** {@code query-unindexed-filter}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryUnindexedFilterRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-unindexed-filter";
    }

    @Override
    protected List<JavaFileObject> fixtures() {
        return QuerySources.FIXTURES;
    }

    @Override
    protected Stream<QueryRuleCase> violations() {
        return Stream.of(violation("""
                package app;
                import dev.tablesmith.annotations.Sql;
                public class OrderQueries {
                    /*ALLOW*/@Sql static final String NOTED = "SELECT id, total FROM orders WHERE note = ? ORDER BY created_at DESC LIMIT 20";
                }
                """, "note = ?", "user_id = ?",
                "query OrderQueries.NOTED filters orders by note, but no index of orders leads with note, so it scans the table: declare @TableIndex(columns = {\"note\", \"created_at DESC\"}) on Order (equality columns first, then the range or the order)",
                "NOTED"));
    }
}
