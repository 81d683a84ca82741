package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import org.junit.jupiter.api.Test;

/** {@code query-unknown-column}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryUnknownColumnRuleTest {
    static final QueryRuleCase CASE = new QueryRuleCase("query-unknown-column", Severity.ERROR, """
            package app;
            import dev.tablesmith.annotations.Sql;
            public class OrderQueries {
                /*ALLOW*/@Sql static final String BY_ID = "SELECT id, totl FROM orders WHERE id = ?";
            }
            """, "totl", "total",
            "query OrderQueries.BY_ID names column 'totl', which table orders does not have (did you mean 'total'?)",
            "BY_ID");

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
