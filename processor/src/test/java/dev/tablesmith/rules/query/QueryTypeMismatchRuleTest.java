package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import org.junit.jupiter.api.Test;

/** {@code query-type-mismatch}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryTypeMismatchRuleTest {
    static final QueryRuleCase CASE = new QueryRuleCase("query-type-mismatch", Severity.ERROR, """
            package app;
            import dev.tablesmith.annotations.Sql;
            public class OrderQueries {
                /*ALLOW*/@Sql static final String PAID = "SELECT id FROM orders WHERE id = ? AND status = 5";
            }
            """, "status = 5", "status = 'PAID'",
            "query OrderQueries.PAID compares status (text) with 5 (a number): PostgreSQL has no such comparison and fails at run time; compare it with a value of its own type",
            "PAID");

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
