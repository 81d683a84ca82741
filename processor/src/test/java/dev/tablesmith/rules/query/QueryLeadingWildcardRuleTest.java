package dev.tablesmith.rules.query;

import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** {@code query-leading-wildcard}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryLeadingWildcardRuleTest extends QueryRuleContract {
    @Override
    protected String ruleId() {
        return "query-leading-wildcard";
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
                    /*ALLOW*/@Sql static final String DOMAIN = "SELECT id FROM users WHERE email LIKE '%@example.com'";
                }
                """, "'%@example.com'", "'ann@%'",
                "query OrderQueries.DOMAIN matches email LIKE '%@example.com', a pattern that starts with a wildcard, so no b-tree index serves it and the table is scanned: anchor the pattern at the start ('abc%'), or search with a trigram index (pg_trgm, @TableIndex(columns = \"email gin_trgm_ops\", using = IndexMethod.GIN)) or full-text search",
                "DOMAIN"));
    }
}
