package dev.tablesmith.dialect.sqlite;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.SqliteDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A foreign key added by a rebuild is checked against the rows, like PostgreSQL's VALIDATE: an
 * order of a customer that does not exist fails the migration, and the rebuild's savepoint leaves
 * the table as it was.
 */
class SqliteRebuildFailureTest {
    static JavaFileObject order(boolean foreignKey) {
        return source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "orders")
                public class Order {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    %s
                }
                """.formatted(foreignKey ? "@ManyToOne @JoinColumn(name = \"customer_id\") Customer customer;"
                : "@Column(name = \"customer_id\") Long customerId;"));
    }

    static final JavaFileObject CUSTOMER = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "customers")
            public class Customer {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
            }
            """);

    @TempDir
    Path dir;

    @Test
    void aForeignKeyTheRowsBreakFailsTheMigrationAndKeepsTheTable() throws Exception {
        Path migrations = dir.resolve("migrations");
        assertThat(TestCompiler.writingTo(migrations).option("tablesmith.dialect", "sqlite")
                .option("tablesmith.version", "1").compile(CUSTOMER, order(false))).succeeded();
        DataSource db = SqliteDatabase.create(dir.resolve("orders.db"));
        assertEquals(List.of("1"), Migrations.migrate(db, migrations));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO orders (customer_id) VALUES (42)"); // no such customer: no key says so yet
        }
        Catalog before = Catalog.read(db).without(Migrations.HISTORY_TABLE);

        assertThat(TestCompiler.writingTo(migrations).option("tablesmith.dialect", "sqlite")
                .option("tablesmith.version", "2").compile(CUSTOMER, order(true))).succeeded();
        FlywayException failure = assertThrows(FlywayException.class, () -> Migrations.migrate(db, migrations));
        assertTrue(failure.getMessage().contains("CHECK constraint failed"), failure.getMessage());

        assertEquals(before, Catalog.read(db).without(Migrations.HISTORY_TABLE), "the rebuild was rolled back");
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT customer_id FROM orders")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getLong(1));
        }
    }
}
