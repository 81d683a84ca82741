package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** {@code query-unknown-table}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryUnknownTableRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-unknown-table";
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
                    /*ALLOW*/@Sql static final String BY_ID = "SELECT id FROM ordrs WHERE id = ?";
                }
                """, "FROM ordrs", "FROM orders",
                "query OrderQueries.BY_ID reads table 'ordrs', which the schema of this build does not have (did you mean 'orders'?)",
                "BY_ID"));
    }
}
