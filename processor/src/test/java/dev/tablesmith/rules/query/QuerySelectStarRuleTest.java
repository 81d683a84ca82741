package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import org.junit.jupiter.api.Test;

class QuerySelectStarRuleTest {
    static final QueryRuleCase CASE = new QueryRuleCase("query-select-star", Severity.WARNING, """
            package app;
            import dev.tablesmith.annotations.Sql;
            public class OrderQueries {
                /*ALLOW*/@Sql static final String BY_USER = "SELECT * FROM orders WHERE user_id = ?";
            }
            """, "SELECT * FROM", "SELECT id, total FROM",
            "query OrderQueries.BY_USER selects *, every column of orders including those added later: name the "
                    + "columns it needs (id, user_id, status, total, note, created_at), or use the generated SELECT_LIST",
            "BY_USER");

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
