package dev.tablesmith.dialect.mysql;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.CompiledClasses;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.HibernateSchema;
import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.Naming;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON attribute on MariaDB: Tablesmith writes {@code JSON}, which MariaDB keeps as
 * {@code longtext} with a {@code json_valid} CHECK, exactly what Hibernate creates itself. Hibernate
 * 6.6's validator rejects that column in both schemas (the testkit pins the quirk, cf. HHH-18869),
 * so this test compares the two catalogs and the rejection instead of expecting validate to pass.
 */
class MariaDbJsonTest {
    @TempDir
    Path migrations;

    private static final String PRODUCT = """
            package app;

            import jakarta.persistence.*;
            import java.util.Map;
            import org.hibernate.annotations.JdbcTypeCode;
            import org.hibernate.type.SqlTypes;

            @Entity
            @Table(name = "products")
            @dev.tablesmith.annotations.Allow(value = "standard-timestamps", reason = "about JSON only")
            public class Product {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                @JdbcTypeCode(SqlTypes.JSON)
                private Map<String, Object> attributes;
            }
            """;

    @Test
    void jsonIsWhatHibernateCreatesAndMariaDbChecksIt() throws Exception {
        Compilation compilation = TestCompiler.writingTo(migrations).option("tablesmith.dialect", "mysql")
                .compile(TestCompiler.source(PRODUCT));
        assertThat(compilation).succeeded();
        CompiledClasses classes = new CompiledClasses(compilation);
        List<Class<?>> entities = classes.entities();

        DataSource ours = MariaDbServer.shared().newDatabase("json_ours");
        Migrations.migrate(ours, migrations);
        DataSource reference = MariaDbServer.shared().newDatabase("json_hibernate");
        classes.with(() -> {
            HibernateSchema.create(reference, entities, Naming.SPRING);
            return null;
        });
        Catalog a = Catalog.read(ours).without(Migrations.HISTORY_TABLE);
        Catalog b = Catalog.read(reference);
        assertEquals(List.of(), Catalog.diffColumnShapes(a, b));
        assertEquals(List.of(), Catalog.diffKeyShapes(a, b));
        assertEquals("longtext", a.requireTable("products").column("attributes").dataType());
        assertEquals(b.requireTable("products").checks(), a.requireTable("products").checks());

        for (DataSource db : List.of(ours, reference)) {
            SchemaManagementException quirk = assertThrows(SchemaManagementException.class, () -> classes.with(() -> {
                HibernateSchema.validate(db, entities, Naming.SPRING);
                return null;
            }));
            assertTrue(quirk.getMessage().contains("column [attributes] in table [products]; found [longtext"),
                    quirk.getMessage());
        }
        try (Connection c = ours.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO products (attributes) VALUES ('{\"colour\": \"red\"}')");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO products (attributes) VALUES ('{')"),
                    "MariaDB refuses text that is not JSON");
        }
    }
}
