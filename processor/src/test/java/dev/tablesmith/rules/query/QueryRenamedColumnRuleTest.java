package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import org.junit.jupiter.api.Test;

/** {@code query-renamed-column}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryRenamedColumnRuleTest {
    static final QueryRuleCase CASE = new QueryRuleCase("query-renamed-column", Severity.ERROR, """
            package app;
            import dev.tablesmith.annotations.Sql;
            public class OrderQueries {
                /*ALLOW*/@Sql static final String SHOWN = "SELECT id, nickname FROM users WHERE id = ?";
            }
            """, "nickname", "display_name",
            "query OrderQueries.SHOWN names column 'nickname' of users, which this build renames to 'display_name' (@RenamedFrom): write 'display_name'",
            "SHOWN");

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
