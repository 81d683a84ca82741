package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** {@code query-unknown-column}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryUnknownColumnRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-unknown-column";
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
                    /*ALLOW*/@Sql static final String BY_ID = "SELECT id, totl FROM orders WHERE id = ?";
                }
                """, "totl", "total",
                "query OrderQueries.BY_ID names column 'totl', which table orders does not have (did you mean 'total'?)",
                "BY_ID"));
    }
}
