package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import org.junit.jupiter.api.Test;

/** {@code query-unknown-table}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryUnknownTableRuleTest {
    static final QueryRuleCase CASE = new QueryRuleCase("query-unknown-table", Severity.ERROR, """
            package app;
            import dev.tablesmith.annotations.Sql;
            public class OrderQueries {
                /*ALLOW*/@Sql static final String BY_ID = "SELECT id FROM ordrs WHERE id = ?";
            }
            """, "FROM ordrs", "FROM orders",
            "query OrderQueries.BY_ID reads table 'ordrs', which the schema of this build does not have (did you mean 'orders'?)",
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
