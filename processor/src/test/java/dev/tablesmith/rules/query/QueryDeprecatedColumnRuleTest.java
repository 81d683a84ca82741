package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** {@code query-deprecated-column}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryDeprecatedColumnRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-deprecated-column";
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
                    /*ALLOW*/@Sql static final String CONTACT = "SELECT id, fax FROM users WHERE id = ?";
                }
                """, "id, fax", "id, name",
                "query OrderQueries.CONTACT uses column users.fax, which is @Deprecated and will be dropped by a later migration: stop reading and writing it before that migration runs",
                "CONTACT"));
    }
}
