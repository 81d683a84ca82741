package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** {@code query-unparsable}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryUnparsableRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-unparsable";
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
                    /*ALLOW*/@Sql static final String BROKEN = "SELEC id FROM orders WHERE id = ?";
                }
                """, "SELEC id", "SELECT id",
                "query OrderQueries.BROKEN cannot be read by the SQL parser for postgresql (unexpected \"SELEC\", at line 1, column 1), so Tablesmith does not check it: if it is valid there, @Allow(value = \"query-unparsable\", reason = ...) on it",
                "BROKEN"));
    }
}
