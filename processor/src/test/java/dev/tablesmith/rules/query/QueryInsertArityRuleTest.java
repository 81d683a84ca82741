package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** {@code query-insert-arity}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryInsertArityRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-insert-arity";
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
                    /*ALLOW*/@Sql static final String ADD = "INSERT INTO order_items (order_id, quantity) VALUES (?, ?, ?)";
                }
                """, "(?, ?, ?)", "(?, ?)",
                "query OrderQueries.ADD inserts into order_items with 2 columns but a row of 3 values: give one value per column",
                "ADD"));
    }
}
