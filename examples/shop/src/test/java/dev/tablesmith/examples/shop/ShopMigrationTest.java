package dev.tablesmith.examples.shop;

import static dev.tablesmith.test.TablesmithAssertions.assertMatchesSnapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.HibernateSchema;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.Naming;
import dev.tablesmith.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed migrations of the shop, applied by real Flyway to a real PostgreSQL, judged by
 * Hibernate ORM itself: its validator passes, and every column has the type, length,
 * precision/scale and nullability that Hibernate's own DDL gives it (which its validator does not
 * check). Then the handbook's queries run against it.
 */
class ShopMigrationTest {
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final List<Class<?>> ENTITIES = List.of(User.class, UserPreference.class, Category.class, Product.class,
            Order.class, OrderItem.class, Inventory.class, Article.class, Room.class, Booking.class);

    static DataSource db;

    @BeforeAll
    static void migrate() {
        db = PostgresServer.shared().newDatabase("shop");
        List<String> applied = Migrations.migrate(db, MIGRATIONS);
        assertFalse(applied.isEmpty(), "Flyway applied no migration from " + MIGRATIONS.toAbsolutePath());
    }

    /** Everything the snapshot records, on the live database: indexes with their method and predicate, checks, comments, triggers. */
    @Test
    void theDatabaseIsWhatTheSnapshotSays() {
        assertMatchesSnapshot(db, "db/migration");
    }

    @Test
    void hibernateValidatesTheMigratedSchema() {
        HibernateSchema.validate(db, ENTITIES, Naming.SPRING);
    }

    /**
     * Where Tablesmith's schema is deliberately stricter than Hibernate's own DDL, each with why.
     * The comparison must find exactly these: a new difference fails, and so does one that is gone.
     */
    static final Map<String, String> DELIBERATE_DIFFERENCES = Map.of(
            "user_roles.role: varchar(20) NOT NULL vs varchar(20) NULL",
            "part of the key Tablesmith gives a Set element collection; Hibernate never stores null elements",
            "user_roles: PRIMARY KEY (user_id, role): present vs <missing>",
            "every table has a primary key (handbook); Hibernate creates none for an element collection",
            "product_categories: PRIMARY KEY (product_id, category_id): present vs <missing>",
            "owner column first, so the key also serves lookups by product; Hibernate orders by name",
            "product_categories: PRIMARY KEY (category_id, product_id): <missing> vs present",
            "(the same key, in Hibernate's column order)",
            "categories: FOREIGN KEY (parent_id) -> categories(id) ON DELETE SET NULL: present vs <missing>",
            "Tablesmith's @OnDelete, which Hibernate does not read",
            "categories: FOREIGN KEY (parent_id) -> categories(id) ON DELETE NO ACTION: <missing> vs present",
            "(the same key as Hibernate creates it)",
            "inventory: FOREIGN KEY (product_id) -> products(id) ON DELETE CASCADE: present vs <missing>",
            "Tablesmith's @OnDelete, which Hibernate does not read",
            "inventory: FOREIGN KEY (product_id) -> products(id) ON DELETE NO ACTION: <missing> vs present",
            "(the same key as Hibernate creates it)",
            "user_preferences: FOREIGN KEY (user_id) -> users(id) ON DELETE CASCADE: present vs <missing>",
            "Tablesmith's @OnDelete, which Hibernate does not read",
            "user_preferences: FOREIGN KEY (user_id) -> users(id) ON DELETE NO ACTION: <missing> vs present",
            "(the same key as Hibernate creates it)");

    @Test
    void columnsAndKeysEqualWhatHibernateGenerates() {
        DataSource reference = PostgresServer.shared().newDatabase("shop_hibernate");
        HibernateSchema.create(reference, ENTITIES, Naming.SPRING);
        Catalog ours = Catalog.read(db);
        Catalog hibernates = Catalog.read(reference);
        List<String> differences = new ArrayList<>(Catalog.diffColumnShapes(ours, hibernates));
        differences.addAll(Catalog.diffKeyShapes(ours, hibernates));
        assertEquals(new TreeSet<>(DELIBERATE_DIFFERENCES.keySet()), new TreeSet<>(differences),
                "ours vs Hibernate's schema");
        // the comparison is not vacuous: both have every entity table with its columns
        assertEquals(hibernates.tables().size(), ours.tables().size() - 1 /* flyway_schema_history */);
        assertTrue(hibernates.columnShapes().size() >= 70, "too few columns compared: " + hibernates.columnShapes());
    }

    @Test
    void triggerKeepsUpdatedAtCurrent() throws SQLException {
        try (Connection c = db.getConnection()) {
            long id = insertUser(c, "trigger@example.com");
            Timestamp before = timestamp(c, "SELECT updated_at FROM users WHERE id = " + id);
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE users SET updated_at = now() - interval '1 day' WHERE id = " + id);
            }
            // the trigger overrides even an explicit value
            Timestamp after = timestamp(c, "SELECT updated_at FROM users WHERE id = " + id);
            assertFalse(after.before(before), "updated_at went back: " + before + " -> " + after);
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE users SET name = 'Renamed' WHERE id = " + id);
            }
            Timestamp later = timestamp(c, "SELECT updated_at FROM users WHERE id = " + id);
            assertTrue(later.after(before), "updated_at was not advanced by the trigger");
        }
    }

    @Test
    void exclusionConstraintRejectsOverlappingBookings() throws SQLException {
        try (Connection c = db.getConnection()) {
            long user = insertUser(c, "booker@example.com");
            long room;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("INSERT INTO rooms (name, capacity) VALUES ('Blue', 8) RETURNING id")) {
                rs.next();
                room = rs.getLong(1);
            }
            book(c, room, user, "2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z");
            book(c, room, user, "2026-12-01T11:00:00Z", "2026-12-01T12:00:00Z"); // touching, not overlapping
            SQLException e = assertThrows(SQLException.class,
                    () -> book(c, room, user, "2026-12-01T10:30:00Z", "2026-12-01T11:30:00Z"));
            assertTrue(e.getMessage().contains("bookings_no_overlap"), e.getMessage());
        }
    }

    @Test
    void checkRejectsNegativeTotal() throws SQLException {
        try (Connection c = db.getConnection()) {
            long user = insertUser(c, "buyer@example.com");
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO orders (user_id, total, version) VALUES (" + user + ", 10.00, 0)");
                SQLException e = assertThrows(SQLException.class, () -> s.execute(
                        "INSERT INTO orders (user_id, total, version) VALUES (" + user + ", -1.00, 0)"));
                assertTrue(e.getMessage().contains("orders_total_positive"), e.getMessage());
                SQLException status = assertThrows(SQLException.class, () -> s.execute(
                        "INSERT INTO orders (user_id, total, version, status) VALUES (" + user + ", 1, 0, 'LOST')"));
                assertTrue(status.getMessage().contains("orders_status_valid"), status.getMessage());
            }
        }
    }

    @Test
    void handbookQueriesRunAndUseTheirIndexes() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            assertTrue(plan(s, "SELECT id FROM users WHERE lower(email) = 'a@example.com'").contains("idx_users_email_lower"));
            assertTrue(plan(s, "SELECT id, status, total, created_at FROM orders WHERE user_id = 1 "
                    + "ORDER BY created_at DESC LIMIT 20").contains("idx_orders_user_id_created_at"));
            assertTrue(plan(s, "SELECT id FROM orders WHERE status = 'PENDING' ORDER BY created_at")
                    .contains("idx_orders_pending"));
            assertTrue(plan(s, "SELECT id FROM products WHERE tags @> ARRAY['sale']::varchar[]").contains("idx_products_tags"));
            assertTrue(plan(s, "SELECT id FROM articles WHERE to_tsvector('english', title || ' ' || body) "
                    + "@@ to_tsquery('english', 'index')").contains("idx_articles_search"));
        }
    }

    @Test
    void downMigrationRemovesEverything() throws Exception {
        DataSource scratch = PostgresServer.shared().newDatabase("shop_down");
        List<String> applied = Migrations.migrate(scratch, MIGRATIONS);
        for (int i = applied.size() - 1; i >= 0; i--) {
            Migrations.undo(scratch, MIGRATIONS, applied.get(i));
        }
        Catalog after = Catalog.read(scratch).without(Migrations.HISTORY_TABLE);
        assertEquals(List.of(), after.tables().stream().map(Catalog.Table::name).toList());
        assertEquals(List.of(), after.sequences());
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("U")), "no down migration committed");
        }
    }

    private static long insertUser(Connection c, String email) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO users (email, name, is_active) VALUES (?, 'Test', true) RETURNING id")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void book(Connection c, long room, long user, String from, String to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO bookings (id, room_id, user_id, starts_at, ends_at) VALUES (gen_random_uuid(), ?, ?, ?, ?)")) {
            ps.setLong(1, room);
            ps.setLong(2, user);
            ps.setTimestamp(3, Timestamp.from(Instant.parse(from)));
            ps.setTimestamp(4, Timestamp.from(Instant.parse(to)));
            ps.executeUpdate();
        }
    }

    private static Timestamp timestamp(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    private static String plan(Statement s, String query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = s.executeQuery("EXPLAIN " + query)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
