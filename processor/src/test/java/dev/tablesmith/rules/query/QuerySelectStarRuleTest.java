package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

class QuerySelectStarRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-select-star";
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
                    /*ALLOW*/@Sql static final String BY_USER = "SELECT * FROM orders WHERE user_id = ?";
                }
                """, "SELECT * FROM", "SELECT id, total FROM",
                "query OrderQueries.BY_USER selects *, every column of orders including those added later: name the "
                        + "columns it needs (id, user_id, status, total, note, created_at), or use the generated SELECT_LIST",
                "BY_USER"));
    }
}
