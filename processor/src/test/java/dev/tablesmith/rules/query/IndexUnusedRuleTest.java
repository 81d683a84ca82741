package dev.tablesmith.rules.query;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.testing.QueryRuleCase;
import dev.tablesmith.testing.QueryRuleContract;
import dev.tablesmith.testing.RuleScope;
import dev.tablesmith.testing.TestCompiler;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code index-unused}: off by default; turned on, the index no declared query uses and no foreign
 * key needs is reported on its {@code @TableIndex}, the unique and foreign-key indexes never are,
 * a build without queries reports nothing, and {@code @Allow} on the entity suppresses it.
 */
class IndexUnusedRuleTest extends QueryRuleContract {
    /** An entity with an index and the queries of the build: one reads orders by status, none coupons by code. */
    private static final String COUPON = """
            package app;
            import jakarta.persistence.*;
            import dev.tablesmith.annotations.*;
            @Entity @Table(name = "coupons")
            /*ALLOW*/@TableIndex(name = "idx_coupons_code", columns = "code", reason = "lookup by code")
            public class Coupon {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 20) String code;
                @Sql static final String QUEUE = "SELECT id FROM orders WHERE status = ?";
                @Sql static final String BY_ID = "SELECT code FROM coupons WHERE id = ?";
            }
            """;

    @Override
    protected String ruleId() {
        return "index-unused";
    }

    @Override
    protected List<JavaFileObject> fixtures() {
        return QuerySources.FIXTURES;
    }

    @Override
    protected Stream<QueryRuleCase> violations() {
        return Stream.of(violation(COUPON, "coupons WHERE id", "coupons WHERE code",
                "index idx_coupons_code of table coupons serves none of the 2 queries this build declares and no "
                        + "foreign key: if nothing else reads by it, drop it (every write maintains it); if something "
                        + "does, @Allow(value = \"index-unused\", reason = ...) naming the reader",
                "idx_coupons_code"));
    }

    private static JavaFileObject queries(String where) {
        return JavaFileObjects.forSourceString("app.OrderQueries", """
                package app;
                import dev.tablesmith.annotations.Sql;
                public class OrderQueries {
                    @Sql static final String LIST = "SELECT id, total FROM orders WHERE %s = ?";
                }
                """.formatted(where));
    }

    private static TestCompiler onlyQueryRules() {
        return TestCompiler.validating().only(RuleScope.idsOf(Category.QUERIES));
    }

    @Test
    void offByDefaultAndNotTurnedOnByTheBaseline() {
        assertEquals(Severity.OFF, RuleCatalog.byId("index-unused").orElseThrow().defaultSeverity());
        assertThat(compile(onlyQueryRules(), queries("user_id"))).succeededWithoutWarnings();
        assertThat(compile(onlyQueryRules().option("tablesmith.rules", "warning"), queries("user_id")))
                .succeededWithoutWarnings();
    }

    @Test
    void anIndexAQueryUsesIsNotReportedAndTheForeignKeysIndexNever() {
        // idx_orders_status is read by the query; (user_id, created_at) leads with the foreign key's column
        assertThat(compile(queryRules(), queries("status"))).succeededWithoutWarnings();
    }

    @Test
    void aBuildWithoutQueriesReportsNothing() {
        assertThat(compile(queryRules())).succeededWithoutWarnings();
    }
}
