package dev.tablesmith.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.test.plans.QueryPlans;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The library's declared query (a member's open loans, in SQL) uses the index Tablesmith expects, on a real PostgreSQL migrated from the committed PostgreSQL folder and
 * filled with 5,000 generated rows per table: no plan reads a whole table of more than 1,000 rows.
 */
class LibraryQueryPlansTest {
    static final int ROWS = 5_000;
    static final long THRESHOLD = 1_000;

    @Test
    void everyDeclaredQueryUsesAnIndex() {
        List<QueryPlans.DeclaredQuery> queries = QueryPlans.declared();
        Map<String, Map<String, String>> declared = new TreeMap<>();
        queries.forEach(q -> declared.put(q.name(), q.tables()));
        assertEquals(new TreeMap<>(Map.of(
                "Loan.openForMember", Map.of("loans", "idx_loans_member_id_due_on"))), declared,
                "the queries the library declares, and the index Tablesmith expects each to use");

        DataSource db = PostgresServer.shared().newDatabase("library_plans");
        Migrations.migrate(db, LibraryMigrationTest.MIGRATIONS.resolve("postgresql"));
        QueryPlans.loadRows(db, queries, ROWS);
        QueryPlans.assertNoSequentialScans(db, queries, THRESHOLD);
    }
}
