package dev.tablesmith.examples.shop;

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
 * Every query the shop declares (the named queries on its entities and {@link OrderHistory}'s
 * {@code @Sql} pages, as the processor recorded them) uses an index on a real PostgreSQL migrated
 * from the committed migrations and filled with 5,000 generated rows per table: no plan reads a
 * whole table of more than 1,000 rows. The index each uses is the one Tablesmith expected.
 */
class ShopQueryPlansTest {
    static final int ROWS = 5_000;
    static final long THRESHOLD = 1_000;

    @Test
    void everyDeclaredQueryUsesAnIndex() {
        List<QueryPlans.DeclaredQuery> queries = QueryPlans.declared();
        Map<String, Map<String, String>> expected = new TreeMap<>(Map.of(
                "Order.byUser", Map.of("orders", "idx_orders_user_id_created_at"),
                "Order.fulfilmentQueue", Map.of("orders", "idx_orders_pending"),
                "OrderHistory.FIRST_PAGE", Map.of("orders", "idx_orders_user_id_created_at"),
                "OrderHistory.NEXT_PAGE", Map.of("orders", "idx_orders_user_id_created_at"),
                "OrderItem.lines", Map.of("order_items", "idx_order_items_order_id", "products", "products_pkey"),
                "User.byLogin", Map.of("users", "idx_users_email_lower")));
        Map<String, Map<String, String>> declared = new TreeMap<>();
        queries.forEach(q -> declared.put(q.name(), q.tables()));
        assertEquals(expected, declared, "the queries the shop declares, and the index Tablesmith expects each to use");

        DataSource db = PostgresServer.shared().newDatabase("shop_plans");
        Migrations.migrate(db, ShopMigrationTest.MIGRATIONS);
        QueryPlans.loadRows(db, queries, ROWS);
        QueryPlans.assertNoSequentialScans(db, queries, THRESHOLD);
    }
}
