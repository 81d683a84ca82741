package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** {@code query-renamed-column}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryRenamedColumnRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-renamed-column";
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
                    /*ALLOW*/@Sql static final String SHOWN = "SELECT id, nickname FROM users WHERE id = ?";
                }
                """, "nickname", "display_name",
                "query OrderQueries.SHOWN names column 'nickname' of users, which this build renames to 'display_name' (@RenamedFrom): write 'display_name'",
                "SHOWN"));
    }
}
