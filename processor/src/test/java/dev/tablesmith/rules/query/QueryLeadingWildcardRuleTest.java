package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import org.junit.jupiter.api.Test;

/** {@code query-leading-wildcard}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryLeadingWildcardRuleTest {
    static final QueryRuleCase CASE = new QueryRuleCase("query-leading-wildcard", Severity.WARNING, """
            package app;
            import dev.tablesmith.annotations.Sql;
            public class OrderQueries {
                /*ALLOW*/@Sql static final String DOMAIN = "SELECT id FROM users WHERE email LIKE '%@example.com'";
            }
            """, "'%@example.com'", "'ann@%'",
            "query OrderQueries.DOMAIN matches email LIKE '%@example.com', a pattern that starts with a wildcard, so no b-tree index serves it and the table is scanned: anchor the pattern at the start ('abc%'), or search with a trigram index (pg_trgm, @TableIndex(columns = \"email gin_trgm_ops\", using = IndexMethod.GIN)) or full-text search",
            "DOMAIN");

    @Test
    void violation() {
        CASE.violationIsReportedOnTheQueryAtTheDefaultSeverity();
    }

    @Test
    void compliant() {
        CASE.compliantSourceHasNoDiagnostic();
    }

    @Test
    void allow() {
        CASE.allowOnTheDeclarationSuppressesIt();
    }

    @Test
    void severity() {
        CASE.severityOptionOverridesTheDefault();
    }
}
