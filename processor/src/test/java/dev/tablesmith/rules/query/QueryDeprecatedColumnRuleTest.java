package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import org.junit.jupiter.api.Test;

/** {@code query-deprecated-column}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryDeprecatedColumnRuleTest {
    static final QueryRuleCase CASE = new QueryRuleCase("query-deprecated-column", Severity.ERROR, """
            package app;
            import dev.tablesmith.annotations.Sql;
            public class OrderQueries {
                /*ALLOW*/@Sql static final String CONTACT = "SELECT id, fax FROM users WHERE id = ?";
            }
            """, "id, fax", "id, name",
            "query OrderQueries.CONTACT uses column users.fax, which is @Deprecated and will be dropped by a later migration: stop reading and writing it before that migration runs",
            "CONTACT");

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
