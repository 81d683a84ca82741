package dev.tablesmith.rules.integrity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.testing.RuleCase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FkIndexRule}: the contract's cases, then what only this rule does: a missing index is
 * generated instead of reported, and {@code off} stops generating them.
 */
class FkIndexRuleTest extends IntegrityRuleContract {
    private static final String PARTIAL = """
            package app;
            import jakarta.persistence.*;
            import dev.tablesmith.annotations.TableIndex;
            @Entity @Table(name = "orders")
            @TableIndex(columns = "user_id", where = "user_id IS NOT NULL", reason = "orders with a user")
            public class Order extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                /*ALLOW*/@ManyToOne(optional = false) User user;
            }
            """;

    static final JavaFileObject ORDER = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "orders")
            public class Order extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @ManyToOne(optional = false) User user;
            }
            """);

    @Override
    protected String ruleId() {
        return "fk-index";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                integrityViolation("a partial index has the generated name",
                        "no index leads with the columns of foreign key 'orders_user_id_fkey' (user_id), so joins and "
                                + "deletes in 'users' scan 'orders': the declared index 'idx_orders_user_id' has the "
                                + "name of the index Tablesmith adds for it but cannot serve the key (it is partial); "
                                + "give that index another name, and Tablesmith adds idx_orders_user_id [fk-index]",
                        "User user;", PARTIAL),
                integrityViolation("a hash index has the generated name",
                        "no index leads with the columns of foreign key 'orders_user_id_fkey' (user_id), so joins and "
                                + "deletes in 'users' scan 'orders': the declared index 'idx_orders_user_id' has the "
                                + "name of the index Tablesmith adds for it but cannot serve the key (it is a hash "
                                + "index); give that index another name, and Tablesmith adds idx_orders_user_id "
                                + "[fk-index]", "User user;", """
                                package app;
                                import jakarta.persistence.*;
                                import dev.tablesmith.annotations.IndexMethod;
                                import dev.tablesmith.annotations.TableIndex;
                                @Entity @Table(name = "orders")
                                @TableIndex(columns = "user_id", using = IndexMethod.HASH, reason = "equality lookups")
                                public class Order extends Timestamped {
                                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                                    /*ALLOW*/@ManyToOne(optional = false) User user;
                                }
                                """));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(
                compliant("the index is generated", fixed(PARTIAL,
                        "@TableIndex(columns = \"user_id\", where = \"user_id IS NOT NULL\", reason = \"orders with a user\")",
                        "")),
                compliant("a declared index leads with the key", fixed(PARTIAL, "where = \"user_id IS NOT NULL\", ", "")));
    }

    @Test
    void aMissingIndexIsGeneratedAndNothingIsReported(@TempDir Path dir) throws IOException {
        Compilation c = write(dir, Map.of(), ORDER);
        assertThat(c).succeededWithoutWarnings();
        assertTrue(upMigration(dir).contains("CREATE INDEX idx_orders_user_id ON orders (user_id);"), upMigration(dir));
    }

    @Test
    void atWarningTheIndexIsStillGenerated(@TempDir Path dir) throws IOException {
        Compilation c = write(dir, Map.of("tablesmith.rule.fk_index", "warning"), ORDER);
        assertThat(c).succeededWithoutWarnings();
        assertTrue(upMigration(dir).contains("CREATE INDEX idx_orders_user_id ON orders (user_id);"), upMigration(dir));
    }

    @Test
    void offStopsGeneratingForeignKeyIndexes(@TempDir Path dir) throws IOException {
        Compilation c = write(dir, Map.of("tablesmith.rule.fk_index", "off"), ORDER);
        assertThat(c).succeededWithoutWarnings();
        assertTrue(upMigration(dir).contains("CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id)"), upMigration(dir));
        assertFalse(upMigration(dir).contains("idx_orders_user_id"), upMigration(dir));
    }

    @Test
    void anIndexLeadingWithTheKeyCoversIt(@TempDir Path dir) throws IOException {
        JavaFileObject order = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.TableIndex;
                @Entity @Table(name = "orders")
                @TableIndex(columns = {"user_id", "created_at DESC"}, reason = "a user's orders, newest first")
                public class Order extends Timestamped {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne(optional = false) User user;
                }
                """);
        assertThat(write(dir, Map.of(), order)).succeededWithoutWarnings();
        assertTrue(upMigration(dir).contains("idx_orders_user_id_created_at"), upMigration(dir));
        assertFalse(upMigration(dir).contains("idx_orders_user_id ON"), "no second index: " + upMigration(dir));
    }

    /**
     * The reader adds the missing indexes, so through javac the rule only meets a declared index that
     * took the generated name. On a model without them it asks for the index to declare.
     */
    @Test
    void onAModelWithoutGeneratedIndexesItAsksForTheIndex() {
        Table.Builder orders = new Table.Builder("orders");
        orders.columns.addAll(List.of(Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT), false),
                Column.of("shop_id", ColumnType.of(ColumnType.Kind.BIGINT), false),
                Column.of("shop_region", ColumnType.varchar(50), false)));
        orders.primaryKey = new PrimaryKey("orders_pkey", List.of("id"));
        orders.foreignKeys.add(new ForeignKey("orders_shop_fkey", List.of("shop_id", "shop_region"), "shops",
                List.of("id", "region"), null));
        List<Finding> findings = new ArrayList<>();
        new FkIndexRule().check(new SchemaContext(new Schema(List.of(orders.build()), List.of()), SourceMap.empty()),
                findings::add);
        assertEquals(List.of("no index leads with the columns of foreign key 'orders_shop_fkey' (shop_id, shop_region), "
                + "so joins and deletes in 'shops' scan 'orders': declare @TableIndex(columns = {\"shop_id\", "
                + "\"shop_region\"}) [fk-index]"), findings.stream().map(Finding::text).toList());
    }
}
