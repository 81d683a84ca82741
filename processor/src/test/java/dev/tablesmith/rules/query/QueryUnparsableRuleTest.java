package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import org.junit.jupiter.api.Test;

/** {@code query-unparsable}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryUnparsableRuleTest {
    static final QueryRuleCase CASE = new QueryRuleCase("query-unparsable", Severity.WARNING, """
            package app;
            import dev.tablesmith.annotations.Sql;
            public class OrderQueries {
                /*ALLOW*/@Sql static final String BROKEN = "SELEC id FROM orders WHERE id = ?";
            }
            """, "SELEC id", "SELECT id",
            "query OrderQueries.BROKEN cannot be read by the SQL parser for postgresql (unexpected \"SELEC\", at line 1, column 1), so Tablesmith does not check it: if it is valid there, @Allow(value = \"query-unparsable\", reason = ...) on it",
            "BROKEN");

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
