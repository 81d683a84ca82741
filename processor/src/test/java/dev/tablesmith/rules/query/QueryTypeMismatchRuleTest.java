package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** {@code query-type-mismatch}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryTypeMismatchRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-type-mismatch";
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
                    /*ALLOW*/@Sql static final String PAID = "SELECT id FROM orders WHERE id = ? AND status = 5";
                }
                """, "status = 5", "status = 'PAID'",
                "query OrderQueries.PAID compares status (text) with 5 (a number): PostgreSQL has no such comparison and fails at run time; compare it with a value of its own type",
                "PAID"));
    }
}
