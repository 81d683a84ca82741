package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import org.junit.jupiter.api.Test;

/** {@code query-function-on-indexed-column}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryFunctionOnIndexedColumnRuleTest {
    static final QueryRuleCase CASE = new QueryRuleCase("query-function-on-indexed-column", Severity.WARNING, """
            package app;
            import dev.tablesmith.annotations.Sql;
            public class OrderQueries {
                /*ALLOW*/@Sql static final String LOGIN = "SELECT id FROM users WHERE upper(email) = upper(?)";
            }
            """, "upper(email) = upper(?)", "lower(email) = lower(?)",
            "query OrderQueries.LOGIN filters by upper(email), so the index users_email_unique on column users.email cannot be used: declare an expression index, @TableIndex(expression = \"upper(email)\"), or store the value normalised and compare the column itself",
            "LOGIN");

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
