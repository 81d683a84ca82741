package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** {@code query-function-on-indexed-column}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryFunctionOnIndexedColumnRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-function-on-indexed-column";
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
                    /*ALLOW*/@Sql static final String LOGIN = "SELECT id FROM users WHERE upper(email) = upper(?)";
                }
                """, "upper(email) = upper(?)", "lower(email) = lower(?)",
                "query OrderQueries.LOGIN filters by upper(email), so the index users_email_unique on column users.email cannot be used: declare an expression index, @TableIndex(expression = \"upper(email)\"), or store the value normalised and compare the column itself",
                "LOGIN"));
    }
}
