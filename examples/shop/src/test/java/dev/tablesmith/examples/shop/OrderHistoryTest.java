package dev.tablesmith.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.examples.shop.OrderHistory.Cursor;
import dev.tablesmith.examples.shop.OrderHistory.OrderSummary;
import dev.tablesmith.examples.shop.OrderHistory.Page;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderHistory}'s keyset pagination on a real PostgreSQL migrated by Flyway from the
 * committed migrations: pages come newest first, meet without gaps or repeats (also where two
 * orders share the boundary's timestamp), hold only the user's orders, and the last says so.
 */
class OrderHistoryTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static DataSource db;

    @BeforeAll
    static void migrate() {
        db = PostgresServer.shared().newDatabase("shop_orders");
        assertFalse(Migrations.migrate(db, ShopMigrationTest.MIGRATIONS).isEmpty());
    }

    @Test
    void pagesMeetWithoutGapsOrRepeatsNewestFirst() throws SQLException {
        try (Connection c = db.getConnection()) {
            long ann = insertUser(c, "ann@example.com");
            long bob = insertUser(c, "bob@example.com");
            List<Long> anns = new ArrayList<>();
            // minutes after T0; 40 twice, so two orders share the timestamp that ends the first page
            int[] minutes = {10, 50, 40, 40, 20, 30, 60};
            for (int m : minutes) {
                anns.add(insertOrder(c, ann, T0.plusSeconds(60L * m), new BigDecimal(m + ".50")));
                insertOrder(c, bob, T0.plusSeconds(60L * m), BigDecimal.ONE); // same times, other user
            }

            OrderHistory history = new OrderHistory(c);
            List<Page> pages = new ArrayList<>();
            Optional<Cursor> cursor = Optional.empty();
            do {
                Page page = history.page(ann, cursor, 3);
                pages.add(page);
                cursor = page.next();
                assertTrue(pages.size() <= minutes.length, "pagination does not end");
            } while (cursor.isPresent());

            assertEquals(List.of(3, 3, 1), pages.stream().map(p -> p.orders().size()).toList());
            assertTrue(pages.get(0).next().isPresent() && pages.get(1).next().isPresent());
            assertEquals(Optional.empty(), pages.get(2).next());
            // the first page ends inside the tie at minute 40: its cursor is the (time, id) of its last row
            OrderSummary lastOfFirst = pages.get(0).orders().get(2);
            assertEquals(T0.plusSeconds(60L * 40), lastOfFirst.createdAt());
            assertEquals(new Cursor(lastOfFirst.createdAt(), lastOfFirst.id()), pages.get(0).next().get());

            List<OrderSummary> all = pages.stream().flatMap(p -> p.orders().stream()).toList();
            List<OrderSummary> expected = all.stream()
                    .sorted(Comparator.comparing(OrderSummary::createdAt).thenComparing(OrderSummary::id).reversed())
                    .toList();
            assertEquals(expected, all, "newest first, ties by id");
            assertEquals(anns.stream().sorted().toList(), all.stream().map(OrderSummary::id).sorted().toList(),
                    "every order of the user exactly once, none of another user's");
            OrderSummary newest = all.get(0);
            assertEquals(T0.plusSeconds(60L * 60), newest.createdAt());
            assertEquals(new BigDecimal("60.50"), newest.total());
            assertEquals(OrderStatus.PENDING, newest.status());
        }
    }

    @Test
    void anExactlyFullPageIsTheLastAndNoOrdersIsAnEmptyPage() throws SQLException {
        try (Connection c = db.getConnection()) {
            long cy = insertUser(c, "cy@example.com");
            long dee = insertUser(c, "dee@example.com");
            for (int m = 1; m <= 3; m++) {
                insertOrder(c, cy, T0.plusSeconds(m), BigDecimal.TEN);
            }
            OrderHistory history = new OrderHistory(c);
            Page full = history.page(cy, Optional.empty(), 3);
            assertEquals(3, full.orders().size());
            assertEquals(Optional.empty(), full.next());
            Page empty = history.page(dee, Optional.empty(), 3);
            assertEquals(List.of(), empty.orders());
            assertEquals(Optional.empty(), empty.next());
            assertThrows(IllegalArgumentException.class, () -> history.page(cy, Optional.empty(), 0));
        }
    }

    @Test
    void theNextPageQueryReadsTheKeysetIndex() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            String explain = "EXPLAIN " + OrderHistory.NEXT_PAGE.replaceFirst("\\?", "1")
                    .replaceFirst("\\?", "'2026-03-01T10:00:00Z'::timestamptz").replaceFirst("\\?", "5")
                    .replaceFirst("\\?", "20");
            try (ResultSet rs = s.executeQuery(explain)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertTrue(plan.toString().contains("idx_orders_user_id_created_at"), plan.toString());
        }
    }

    private static long insertUser(Connection c, String email) throws SQLException {
        String sql = "INSERT INTO " + UserTable.TABLE + " (" + String.join(", ", UserTable.EMAIL, UserTable.NAME,
                UserTable.IS_ACTIVE) + ") VALUES (?, ?, true) RETURNING " + UserTable.ID;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, email);
            ps.setString(2, email.substring(0, email.indexOf('@')));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long insertOrder(Connection c, long user, Instant createdAt, BigDecimal total) throws SQLException {
        String sql = "INSERT INTO " + OrderTable.TABLE + " (" + String.join(", ", OrderTable.USER_ID,
                OrderTable.TOTAL, OrderTable.CREATED_AT, OrderTable.VERSION) + ") VALUES (?, ?, ?, 0) RETURNING "
                + OrderTable.ID;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, user);
            ps.setBigDecimal(2, total);
            ps.setObject(3, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
