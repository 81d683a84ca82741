package dev.tablesmith.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void foreignKeysAreEnforcedOnEveryConnectionAndCatalogIsReadable() throws Exception {
        DataSource ds = SqliteDatabase.create(dir.resolve("test.db"));
        Path migrations = new MigrationFolder(dir)
                .file("V1__orders.sql", """
                        CREATE TABLE customer (
                            id INTEGER PRIMARY KEY AUTOINCREMENT,
                            email varchar(255) NOT NULL UNIQUE
                        );
                        CREATE TABLE orders (
                            id bigint NOT NULL PRIMARY KEY,
                            customer_id bigint NOT NULL REFERENCES customer ON DELETE CASCADE,
                            total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT ck_orders_total CHECK (total >= 0),
                            note text CHECK (note <> 'x)'),
                            placed_at timestamp(6)
                        );
                        CREATE INDEX ix_orders_customer ON orders (customer_id) WHERE total > 0;
                        CREATE TRIGGER orders_touch AFTER UPDATE ON orders BEGIN
                            UPDATE orders SET placed_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
                        END;
                        """)
                .path();
        assertEquals(List.of("1"), Migrations.migrate(ds, migrations));

        for (int i = 0; i < 2; i++) { // a fresh connection each time
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                ResultSet rs = s.executeQuery("PRAGMA foreign_keys");
                rs.next();
                assertEquals(1, rs.getInt(1));
                assertThrows(SQLException.class, () -> s.execute("INSERT INTO orders (id, customer_id) VALUES (1, 42)"));
            }
        }

        Catalog catalog = Catalog.read(ds);
        assertEquals(Engine.SQLITE, catalog.engine());
        Catalog.Table orders = catalog.requireTable("orders");
        Catalog.ForeignKey fk = orders.foreignKeys().get(0);
        assertEquals("CASCADE", fk.onDelete());
        assertEquals(List.of("customer_id"), fk.columns());
        assertEquals("customer", fk.referencedTable());
        assertEquals(List.of("id"), fk.referencedColumns(), "implicit reference resolved to the primary key");
        Catalog.Index ix = orders.index("ix_orders_customer");
        assertEquals("CREATE INDEX ix_orders_customer ON orders (customer_id) WHERE total > 0", ix.definition());
        assertEquals("total > 0", ix.predicate());
        assertEquals(List.of(new Catalog.CheckConstraint("ck_orders_total", "CHECK (total >= 0)"),
                new Catalog.CheckConstraint("orders_check1", "CHECK (note <> 'x)')")), orders.checks());
        assertEquals("orders_touch", orders.triggers().get(0).name());
        Catalog.Column total = orders.column("total");
        assertEquals(10, total.numericPrecision());
        assertEquals(2, total.numericScale());
        assertFalse(total.nullable());
        assertEquals(6, orders.column("placed_at").datetimePrecision());
        assertEquals(List.of("id"), orders.primaryKey());

        Catalog.Table customer = catalog.requireTable("customer");
        assertEquals("AUTOINCREMENT", customer.column("id").identity());
        assertFalse(customer.column("id").nullable());
        assertEquals(255, customer.column("email").characterMaximumLength());
        assertEquals(List.of("email"), customer.uniques().get(0).columns());
        assertTrue(catalog.columnShapes().contains(new Catalog.ColumnShape("orders", "total", "numeric", null, 10, 2, false)));
    }
}
