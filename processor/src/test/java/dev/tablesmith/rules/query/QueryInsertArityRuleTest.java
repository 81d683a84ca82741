package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import org.junit.jupiter.api.Test;

/** {@code query-insert-arity}: violation (text, file, line of the query), compliant, {@code @Allow}, severity. */
class QueryInsertArityRuleTest {
    static final QueryRuleCase CASE = new QueryRuleCase("query-insert-arity", Severity.ERROR, """
            package app;
            import dev.tablesmith.annotations.Sql;
            public class OrderQueries {
                /*ALLOW*/@Sql static final String ADD = "INSERT INTO order_items (order_id, quantity) VALUES (?, ?, ?)";
            }
            """, "(?, ?, ?)", "(?, ?)",
            "query OrderQueries.ADD inserts into order_items with 2 columns but a row of 3 values: give one value per column",
            "ADD");

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
