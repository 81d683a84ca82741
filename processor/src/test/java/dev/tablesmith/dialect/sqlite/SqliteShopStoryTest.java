package dev.tablesmith.dialect.sqlite;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.SqliteDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of one representative fixture through the processor for SQLite: the first migration
 * (comments, checks, uniques, an ON DELETE CASCADE key, a table-backed sequence, partial, DESC and
 * expression indexes, the updated_at trigger) and a second that needs a table rebuild (a longer
 * column); both apply, undo and apply again on SQLite, and the cascade survives the rebuild. (The
 * SQL of every change kind is reviewed text in {@code golden/sqlite/<case>/}, see ChangeKindTest.)
 */
class SqliteShopStoryTest {
    @TempDir
    Path dir;

    static JavaFileObject customer(int emailLength) {
        return source("""
                package shop;
                import dev.tablesmith.annotations.Comment;
                import jakarta.persistence.*;
                import java.time.Instant;
                import org.hibernate.annotations.CreationTimestamp;
                import org.hibernate.annotations.UpdateTimestamp;
                /** Someone who places orders. */
                @Entity @Table(name = "customers")
                public class Customer {
                    public enum Status { ACTIVE, BLOCKED }
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    /** Where receipts go; also the login. */
                    @Column(nullable = false, length = %d, unique = true) String email;
                    @Comment("Blocked customers cannot\\norder; 'ACTIVE' by default")
                    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) Status status;
                    @CreationTimestamp @Column(nullable = false, updatable = false) Instant createdAt;
                    @UpdateTimestamp @Column(nullable = false) Instant updatedAt;
                }
                """.formatted(emailLength));
    }

    static final JavaFileObject ORDER = source("""
            package shop;
            import dev.tablesmith.annotations.Check;
            import dev.tablesmith.annotations.OnDelete;
            import dev.tablesmith.annotations.TableIndex;
            import jakarta.persistence.*;
            import java.time.Instant;
            /** One checkout. */
            @Entity @Table(name = "orders")
            @TableIndex(columns = {"customer_id", "placed_at DESC"}, where = "total_cents > 10000",
                    reason = "large orders of a customer, newest first")
            @TableIndex(name = "idx_orders_placed_day", expression = "date(placed_at)")
            @Check(name = "orders_total_cents_positive", value = "total_cents > 0")
            public class Order {
                @Id @SequenceGenerator(name = "orders_seq", sequenceName = "orders_seq", allocationSize = 50)
                @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_seq") Long id;
                @ManyToOne(optional = false) @OnDelete(OnDelete.Action.CASCADE) Customer customer;
                @Column(nullable = false) long totalCents;
                @Column(nullable = false) Instant placedAt;
            }
            """);

    @Test
    void twoBuildsMigrateUndoAndRedoOnSqlite() throws Exception {
        Path migrations = dir.resolve("migrations");
        Compilation first = TestCompiler.writingTo(migrations).option("tablesmith.dialect", "sqlite")
                .option("tablesmith.version", "1").compile(customer(120), ORDER);
        assertThat(first).succeeded();
        Compilation second = TestCompiler.writingTo(migrations).option("tablesmith.dialect", "sqlite")
                .option("tablesmith.version", "2").compile(customer(200), ORDER);
        assertThat(second).succeeded();
        List<String> files;
        try (Stream<Path> list = Files.list(migrations)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.matches("[VU].*")).sorted().toList();
        }
        assertEquals(List.of("U1__create_customers_and_create_orders.sql", "U2__alter_customers_email_type.sql",
                "V1__create_customers_and_create_orders.sql", "V2__alter_customers_email_type.sql",
                "V2__alter_customers_email_type.sql.conf"), files);

        DataSource db = SqliteDatabase.create(dir.resolve("shop.db"));
        assertEquals(List.of("1"), Migrations.migrateTo(db, migrations, "1"));
        Catalog one = Catalog.read(db).without(Migrations.HISTORY_TABLE);
        try (var c = db.getConnection(); var s = c.createStatement()) {
            s.execute("INSERT INTO customers (email, status) VALUES ('a@example.com', 'ACTIVE')");
            s.execute("INSERT INTO orders (id, customer_id, total_cents, placed_at) VALUES (1, 1, 500, '2026-01-01')");
        }
        assertEquals(List.of("2"), Migrations.migrate(db, migrations));
        Catalog two = Catalog.read(db).without(Migrations.HISTORY_TABLE);
        Migrations.undo(db, migrations, "2");
        assertEquals(one, Catalog.read(db).without(Migrations.HISTORY_TABLE));
        assertEquals(List.of("2"), Migrations.migrate(db, migrations));
        assertEquals(two, Catalog.read(db).without(Migrations.HISTORY_TABLE));
        try (var c = db.getConnection(); var s = c.createStatement()) {
            s.execute("DELETE FROM customers WHERE id = 1");
            try (var rs = s.executeQuery("SELECT count(*) FROM orders")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "ON DELETE CASCADE survives the rebuild of the parent");
            }
        }
    }
}
