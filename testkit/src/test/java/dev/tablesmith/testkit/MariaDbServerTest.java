package dev.tablesmith.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MariaDbServerTest {

    @TempDir
    Path dir;

    @Test
    void sharedServerCreatesIsolatedDatabases() throws Exception {
        MariaDbServer mdb = MariaDbServer.shared();
        DataSource a = mdb.newDatabase("iso");
        DataSource b = mdb.newDatabase("iso");
        try (Connection c = a.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table t (id int primary key)");
            ResultSet rs = s.executeQuery("select database(), version()");
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("iso_"), rs.getString(1));
            assertTrue(rs.getString(2).startsWith("11.4"), rs.getString(2));
        }
        try (Connection c = b.getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = database()");
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        assertTrue(mdb.jdbcUrl("x").startsWith("jdbc:mariadb://127.0.0.1:" + mdb.port() + "/x"));
    }

    @Test
    void migrateReadCatalogAndUndo() throws Exception {
        DataSource ds = MariaDbServer.shared().newDatabase("migrate");
        Path migrations = new MigrationFolder(dir)
                .file("V1__orders.sql", """
                        # MariaDB comment; with a semicolon
                        CREATE TABLE customer (
                            id bigint AUTO_INCREMENT PRIMARY KEY,
                            email varchar(255) NOT NULL COMMENT 'login; unique',
                            CONSTRAINT uk_customer_email UNIQUE (email)
                        ) COMMENT = 'People who order';
                        CREATE TABLE orders (
                            id bigint PRIMARY KEY,
                            customer_id bigint,
                            total decimal(10,2) NOT NULL DEFAULT 0,
                            note varchar(100) DEFAULT 'it''s; ok',
                            placed_at datetime(3),
                            CONSTRAINT ck_orders_total CHECK (total >= 0),
                            CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE SET NULL
                        );
                        CREATE INDEX ix_orders_total ON orders (total, note(10));
                        CREATE TRIGGER orders_note BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = CONCAT(NEW.note, '!');
                        """)
                .file("U1__orders.sql", "DROP TRIGGER orders_note; DROP TABLE orders; DROP TABLE customer;")
                .file("V2__seq.sql", "CREATE SEQUENCE orders_seq START WITH 1 INCREMENT BY 50;")
                .file("U2__seq.sql", "DROP SEQUENCE orders_seq;")
                .path();
        assertEquals(List.of("1", "2"), Migrations.migrate(ds, migrations));

        Catalog catalog = Catalog.read(ds);
        assertEquals(Engine.MARIADB, catalog.engine());
        Catalog.Table orders = catalog.requireTable("orders");
        Catalog.ForeignKey fk = orders.foreignKey("fk_orders_customer");
        assertEquals("SET NULL", fk.onDelete());
        assertEquals(List.of("customer_id"), fk.columns());
        assertEquals("customer", fk.referencedTable());
        assertEquals(List.of("id"), fk.referencedColumns());
        assertEquals("CREATE INDEX ix_orders_total ON orders USING BTREE (total, note(10))", orders.index("ix_orders_total").definition());
        assertEquals(List.of("id"), orders.primaryKey());
        assertEquals(List.of(new Catalog.CheckConstraint("ck_orders_total", "CHECK (`total` >= 0)")), orders.checks());
        assertEquals("orders_note", orders.triggers().get(0).name());
        assertTrue(orders.triggers().get(0).definition().startsWith("CREATE TRIGGER orders_note BEFORE INSERT ON orders"));
        Catalog.Column total = orders.column("total");
        assertEquals("decimal(10,2)", total.dataType());
        assertFalse(total.nullable());
        assertEquals(3, orders.column("placed_at").datetimePrecision());
        assertEquals(100, orders.column("note").characterMaximumLength());
        assertTrue(orders.column("note").defaultValue().contains("s; ok"), orders.column("note").defaultValue());
        Catalog.Table customer = catalog.requireTable("customer");
        assertEquals("People who order", customer.comment());
        assertEquals("login; unique", customer.column("email").comment());
        assertEquals("AUTO_INCREMENT", customer.column("id").identity());
        assertEquals(List.of("email"), customer.uniques().get(0).columns());
        assertEquals(List.of(new Catalog.Sequence("orders_seq", 1, 50)), catalog.sequences());

        Migrations.undo(ds, migrations, "2");
        assertEquals(List.of(), Catalog.read(ds).sequences());
        assertEquals(List.of("2"), Migrations.migrate(ds, migrations));
        Migrations.undo(ds, migrations, "2");
        Migrations.undo(ds, migrations, "1");
        assertEquals(List.of(), Catalog.read(ds).without(Migrations.HISTORY_TABLE).tables());
    }
}
