package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import org.junit.jupiter.api.Test;

/** {@code query-unindexed-filter}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryUnindexedFilterRuleTest {
    static final QueryRuleCase CASE = new QueryRuleCase("query-unindexed-filter", Severity.WARNING, """
            package app;
            import dev.tablesmith.annotations.Sql;
            public class OrderQueries {
                /*ALLOW*/@Sql static final String NOTED = "SELECT id, total FROM orders WHERE note = ? ORDER BY created_at DESC LIMIT 20";
            }
            """, "note = ?", "user_id = ?",
            "query OrderQueries.NOTED filters orders by note, but no index of orders leads with note, so it scans the table: declare @TableIndex(columns = {\"note\", \"created_at DESC\"}) on Order (equality columns first, then the range or the order)",
            "NOTED");

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
