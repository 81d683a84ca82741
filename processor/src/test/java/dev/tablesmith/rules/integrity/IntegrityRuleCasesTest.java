package dev.tablesmith.rules.integrity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
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
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every integrity rule of issue 3, the same four ways: a violating source gets the full message at
 * the rule's default severity on the right file and line; a compliant source gets no diagnostic at
 * all (so it satisfies every other rule too); {@code @Allow} on the element suppresses it; and
 * {@code -Atablesmith.rule.<id>} changes its severity or turns it off.
 */
class IntegrityRuleCasesTest {
    /** Shared by the sources: the handbook's standard timestamps, so entities satisfy standard-timestamps. */
    // named explicitly: TestCompiler.source would read "MappedSuperclass public" as a class named "public"
    static final JavaFileObject TIMESTAMPED = JavaFileObjects.forSourceString("app.Timestamped", """
            package app;
            import jakarta.persistence.*;
            import java.time.Instant;
            import org.hibernate.annotations.CreationTimestamp;
            import org.hibernate.annotations.UpdateTimestamp;
            @MappedSuperclass
            public abstract class Timestamped {
                @CreationTimestamp @Column(nullable = false, updatable = false) Instant createdAt;
                @UpdateTimestamp @Column(nullable = false) Instant updatedAt;
            }
            """);

    static final JavaFileObject USER = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "users")
            public class User extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
            }
            """);

    /**
     * One rule's case. {@code text} marks with {@code /*ALLOW*}{@code /} where {@code @Allow} goes in
     * the suppressed variant; {@code fix} replaces {@code bad} to make the compliant variant.
     */
    record Case(String id, Severity severity, String text, String bad, String fix, String message, String line) {
        JavaFileObject violating() {
            return source(text.replace("/*ALLOW*/", ""));
        }

        JavaFileObject allowed() {
            return source(text.replace("/*ALLOW*/",
                    "@dev.tablesmith.annotations.Allow(value = \"" + id + "\", reason = \"checked by hand\") "));
        }

        JavaFileObject compliant() {
            if (!text.contains(bad)) {
                throw new IllegalStateException(id + ": '" + bad + "' is not in the source");
            }
            return source(text.replace("/*ALLOW*/", "").replace(bad, fix));
        }

        String option() {
            return "tablesmith.rule." + id.replace('-', '_');
        }

        String text(String message) {
            return message + " [" + id + "]";
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("fk-index", Severity.ERROR, """
                        package app;
                        import jakarta.persistence.*;
                        import dev.tablesmith.annotations.TableIndex;
                        @Entity @Table(name = "orders")
                        @TableIndex(columns = "user_id", where = "user_id IS NOT NULL", reason = "orders with a user")
                        public class Order extends Timestamped {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            /*ALLOW*/@ManyToOne(optional = false) User user;
                        }
                        """,
                        "@TableIndex(columns = \"user_id\", where = \"user_id IS NOT NULL\", reason = \"orders with a user\")",
                        "",
                        "no index leads with the columns of foreign key 'orders_user_id_fkey' (user_id), so joins and "
                                + "deletes in 'users' scan 'orders': the declared index 'idx_orders_user_id' has the "
                                + "name of the index Tablesmith adds for it but cannot serve the key (it is partial); "
                                + "give that index another name, and Tablesmith adds idx_orders_user_id",
                        "User user;"),
                new Case("standard-timestamps", Severity.WARNING, """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "tags")
                        /*ALLOW*/public class Tag {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            @Column(nullable = false, length = 50) String name;
                        }
                        """,
                        "public class Tag {",
                        "public class Tag extends Timestamped {",
                        "table 'tags' has neither created_at nor updated_at: extend a @MappedSuperclass that declares "
                                + "`@CreationTimestamp @Column(nullable = false, updatable = false) Instant createdAt` "
                                + "and `@UpdateTimestamp @Column(nullable = false) Instant updatedAt`",
                        "public class Tag"),
                new Case("timestamp-with-time-zone", Severity.WARNING, """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "events")
                        public class Event extends Timestamped {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            /*ALLOW*/@Column(nullable = false) java.time.LocalDateTime happenedAt;
                        }
                        """,
                        "java.time.LocalDateTime happenedAt", "java.time.Instant happenedAt",
                        "field 'happenedAt' is a LocalDateTime, stored as TIMESTAMP WITHOUT TIME ZONE: which instant "
                                + "it means depends on the writer's time zone; declare it as Instant or "
                                + "OffsetDateTime (TIMESTAMP WITH TIME ZONE)",
                        "happenedAt;"),
                new Case("varchar-length", Severity.WARNING, """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "teams")
                        public class Team extends Timestamped {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            /*ALLOW*/@Column(nullable = false) String name;
                        }
                        """,
                        "@Column(nullable = false) String name", "@Column(nullable = false, length = 100) String name",
                        "String field 'name' is VARCHAR(255) only because that is the default length: give the length "
                                + "the data needs with @Column(length = ...) or @Size(max = ...), or store it as TEXT "
                                + "with @JdbcTypeCode(SqlTypes.LONG32VARCHAR)",
                        "String name;"),
                new Case("enum-check", Severity.WARNING, """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "members")
                        public class Member extends Timestamped {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            /*ALLOW*/@Enumerated(EnumType.ORDINAL)
                            @Column(nullable = false, length = 10) Tier tier;
                            enum Tier { BASIC, GOLD }
                        }
                        """,
                        "EnumType.ORDINAL", "EnumType.STRING",
                        "enum field 'tier' is stored by ordinal: inserting or reordering constants of Tier silently "
                                + "changes what stored rows mean; store the name with @Enumerated(EnumType.STRING)",
                        "@Enumerated(EnumType.ORDINAL)"),
                new Case("money-precision", Severity.ERROR, """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "invoices")
                        public class Invoice extends Timestamped {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            /*ALLOW*/@Column(nullable = false) java.math.BigDecimal total;
                        }
                        """,
                        "@Column(nullable = false)", "@Column(nullable = false, precision = 12, scale = 2)",
                        "BigDecimal field 'total' has no precision and scale, so it becomes NUMERIC(38, 2) and every "
                                + "value is rounded to 2 decimals: give both, e.g. @Column(precision = 12, scale = 2) "
                                + "or @Digits(integer = 10, fraction = 2)",
                        "BigDecimal total;"),
                new Case("denormalization-documented", Severity.WARNING, """
                        package app;
                        import jakarta.persistence.*;
                        import dev.tablesmith.annotations.Denormalized;
                        @Entity @Table(name = "shipments")
                        public class Shipment extends Timestamped {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            /*ALLOW*/@Denormalized(reason = "  ")
                            @Column(nullable = false, length = 100) String recipientName;
                        }
                        """,
                        "reason = \"  \"", "reason = \"the name on the label, kept as printed\"",
                        "@Denormalized on field 'recipientName' gives no reason: say what it copies and what keeps it "
                                + "consistent, e.g. reason = \"copied from products.price at checkout, which may "
                                + "change later\"",
                        "@Denormalized(reason"));
    }

    private static Compilation compile(TestCompiler compiler, JavaFileObject source) {
        return compiler.compile(source, TIMESTAMPED, USER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void violationIsReportedWithTheFixOnTheLineAtTheDefaultSeverity(Case c) {
        JavaFileObject source = c.violating();
        Compilation compilation = compile(TestCompiler.validating().only(RuleScope.idsOf(Category.INTEGRITY)), source);
        if (c.severity() == Severity.ERROR) {
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation).hadWarningCount(0);
            assertThat(compilation).hadErrorContaining(c.text(c.message())).inFile(source).onLineContaining(c.line());
        } else {
            assertThat(compilation).succeeded();
            assertThat(compilation).hadWarningCount(1);
            assertThat(compilation).hadWarningContaining(c.text(c.message())).inFile(source).onLineContaining(c.line());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compliantSourceHasNoDiagnostic(Case c) {
        assertThat(compile(TestCompiler.validating().only(RuleScope.idsOf(Category.INTEGRITY)), c.compliant())).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void allowOnTheElementSuppressesIt(Case c) {
        assertThat(compile(TestCompiler.validating().only(RuleScope.idsOf(Category.INTEGRITY)), c.allowed())).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void severityOptionOverridesTheDefault(Case c) {
        JavaFileObject source = c.violating();
        Severity other = c.severity() == Severity.ERROR ? Severity.WARNING : Severity.ERROR;
        Compilation compilation = compile(TestCompiler.validating().only(RuleScope.idsOf(Category.INTEGRITY)).option(c.option(), other.label()), source);
        if (other == Severity.ERROR) {
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorContaining(c.text(c.message())).inFile(source).onLineContaining(c.line());
        } else {
            assertThat(compilation).succeeded();
            assertThat(compilation).hadWarningContaining(c.text(c.message())).inFile(source).onLineContaining(c.line());
        }
        assertThat(compile(TestCompiler.validating().only(RuleScope.idsOf(Category.INTEGRITY)).option(c.option(), "off"), source)).succeededWithoutWarnings();
    }

    @Test
    void everyIntegrityRuleHasACaseWithItsDefaultSeverity() {
        List<String> covered = new ArrayList<>();
        cases().forEach(c -> {
            covered.add(c.id());
            assertEquals(c.severity(), RuleCatalog.byId(c.id()).orElseThrow().defaultSeverity(), c.id());
        });
        List<String> integrity = new ArrayList<>(RuleCatalog.all().stream()
                .filter(r -> r.category() == dev.tablesmith.rules.Category.INTEGRITY)
                .map(dev.tablesmith.rules.Rule::id)
                .filter(id -> !id.equals("primary-key-required") && !id.equals("fk-target-entity")).toList());
        integrity.sort(null);
        covered.sort(null);
        assertEquals(integrity, covered);
    }
}
