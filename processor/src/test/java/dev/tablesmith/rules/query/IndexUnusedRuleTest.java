package dev.tablesmith.rules.query;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.testing.RuleScope;
import dev.tablesmith.testing.TestCompiler;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code index-unused}: off by default; turned on, the index no declared query uses and no foreign
 * key needs is reported on its {@code @TableIndex}, the unique and foreign-key indexes never are,
 * a build without queries reports nothing, and {@code @Allow} on the entity suppresses it.
 */
class IndexUnusedRuleTest {
    static final String OPTION = "tablesmith.rule.index_unused";
    static final String MESSAGE = "index idx_orders_status of table orders serves none of the 1 queries this build "
            + "declares and no foreign key: if nothing else reads by it, drop it (every write maintains it); if "
            + "something does, @Allow(value = \"index-unused\", reason = ...) naming the reader [index-unused]";

    static JavaFileObject queries(String where) {
        return JavaFileObjects.forSourceString("app.OrderQueries", """
                package app;
                import dev.tablesmith.annotations.Sql;
                public class OrderQueries {
                    @Sql static final String LIST = "SELECT id, total FROM orders WHERE %s = ?";
                }
                """.formatted(where));
    }

    static Compilation compile(TestCompiler compiler, JavaFileObject... extra) {
        List<JavaFileObject> all = new ArrayList<>(QueryRuleCase.FIXTURES);
        all.addAll(List.of(extra));
        return compiler.compileAll(all);
    }

    static TestCompiler queryRules() {
        return TestCompiler.validating().only(RuleScope.idsOf(Category.QUERIES));
    }

    @Test
    void offByDefault() {
        assertEquals(Severity.OFF, RuleCatalog.byId("index-unused").orElseThrow().defaultSeverity());
        assertThat(compile(queryRules(), queries("user_id"))).succeededWithoutWarnings();
        // the baseline does not turn an opt-in rule on
        assertThat(compile(queryRules().option("tablesmith.rules", "warning"), queries("user_id"))).succeededWithoutWarnings();
    }

    @Test
    void violationIsReportedOnTheIndexWhenTurnedOn() {
        Compilation c = compile(queryRules().option(OPTION, "warning"), queries("user_id"));
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining(MESSAGE).inFile(QueryRuleCase.FIXTURES.get(1)).onLineContaining("idx_orders_status");
        assertEquals(1, c.warnings().size(), () -> c.warnings().toString());
        Compilation error = compile(queryRules().option(OPTION, "error"), queries("user_id"));
        assertThat(error).hadErrorContaining(MESSAGE);
    }

    @Test
    void anIndexAQueryUsesIsNotReported() {
        assertThat(compile(queryRules().option(OPTION, "warning"), queries("status"))).succeededWithoutWarnings();
    }

    @Test
    void aBuildWithoutQueriesReportsNothing() {
        assertThat(compile(queryRules().option(OPTION, "warning"))).succeededWithoutWarnings();
    }

    @Test
    void allowOnTheEntitySuppressesIt() {
        List<JavaFileObject> fixtures = new ArrayList<>(QueryRuleCase.FIXTURES);
        String order = """
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.*;
                @Entity(name = "Order") @Table(name = "orders")
                @TableIndex(columns = {"user_id", "created_at DESC"}, reason = "a user's newest orders")
                @TableIndex(name = "idx_orders_status", columns = "status", reason = "the queue")
                @Allow(value = "index-unused", reason = "the fulfilment service reads by status")
                public class Order {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne(optional = false) User user;
                    @Column(nullable = false, length = 20) String status;
                    @Column(nullable = false, precision = 12, scale = 2) java.math.BigDecimal total;
                    @Column(length = 200) String note;
                    @Column(nullable = false) java.time.Instant createdAt;
                    @OneToMany(mappedBy = "order") java.util.List<OrderItem> items;
                }
                """;
        fixtures.set(1, JavaFileObjects.forSourceString("app.Order", order));
        fixtures.add(queries("user_id"));
        assertThat(queryRules().option(OPTION, "warning").compileAll(fixtures)).succeededWithoutWarnings();
    }
}
