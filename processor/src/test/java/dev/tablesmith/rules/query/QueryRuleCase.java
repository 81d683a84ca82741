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

/**
 * One query rule's case, compiled four ways as the other rule tests do: the violating source gets
 * the full message at the rule's default severity, in the file that declares the query and on the
 * line of its value; the compliant source gets no diagnostic; {@code @Allow} on the declaration
 * suppresses it; {@code -Atablesmith.rule.<id>} changes its severity or turns it off. Only the
 * query rules are on, so the fixture entities need not satisfy the schema rules.
 *
 * @param holder the source declaring the query; {@code /*ALLOW*}{@code /} marks where {@code @Allow} goes
 * @param bad the text that {@code fix} replaces to make the compliant variant
 * @param line text on the line the diagnostic must be on
 */
record QueryRuleCase(String id, Severity severity, String holder, String bad, String fix, String message, String line) {
    /** The shop's shape, small: users, orders (eager user, an index for a user's newest orders), items. */
    static final List<JavaFileObject> FIXTURES = List.of(
            JavaFileObjects.forSourceString("app.User", """
                    package app;
                    import jakarta.persistence.*;
                    import dev.tablesmith.annotations.*;
                    @Entity @Table(name = "users")
                    @TableIndex(expression = "lower(email)", unique = true, reason = "login")
                    public class User {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(nullable = false, unique = true, length = 255) String email;
                        @Column(nullable = false, length = 100) String name;
                        @RenamedFrom("nickname") @Column(length = 50) String displayName;
                        @Deprecated @Column(length = 30) String fax;
                        @Column(nullable = false) boolean isActive;
                        @Column(nullable = false) java.time.Instant createdAt;
                    }
                    """),
            JavaFileObjects.forSourceString("app.Order", """
                    package app;
                    import jakarta.persistence.*;
                    import dev.tablesmith.annotations.*;
                    @Entity(name = "Order") @Table(name = "orders")
                    @TableIndex(columns = {"user_id", "created_at DESC"}, reason = "a user's newest orders")
                    @TableIndex(name = "idx_orders_status", columns = "status", reason = "the queue")
                    public class Order {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @ManyToOne(optional = false) User user;
                        @Column(nullable = false, length = 20) String status;
                        @Column(nullable = false, precision = 12, scale = 2) java.math.BigDecimal total;
                        @Column(length = 200) String note;
                        @Column(nullable = false) java.time.Instant createdAt;
                        @OneToMany(mappedBy = "order") java.util.List<OrderItem> items;
                    }
                    """),
            JavaFileObjects.forSourceString("app.OrderItem", """
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "order_items")
                    public class OrderItem {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @ManyToOne(optional = false, fetch = FetchType.LAZY) Order order;
                        @Column(nullable = false) int quantity;
                    }
                    """),
            // Spring Data's annotation and repository type, read by name as a real Spring build has them
            JavaFileObjects.forSourceString("org.springframework.data.jpa.repository.Query", """
                    package org.springframework.data.jpa.repository;
                    import java.lang.annotation.*;
                    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD)
                    public @interface Query { String value() default ""; boolean nativeQuery() default false; }
                    """),
            JavaFileObjects.forSourceString("org.springframework.data.jpa.repository.JpaRepository", """
                    package org.springframework.data.jpa.repository;
                    public interface JpaRepository<T, ID> {}
                    """));

    JavaFileObject violating() {
        return TestCompiler.source(holder.replace("/*ALLOW*/", ""));
    }

    JavaFileObject allowed() {
        return TestCompiler.source(holder.replace("/*ALLOW*/",
                "@dev.tablesmith.annotations.Allow(value = \"" + id + "\", reason = \"checked by hand\") "));
    }

    JavaFileObject compliant() {
        if (!holder.contains(bad)) {
            throw new IllegalStateException(id + ": '" + bad + "' is not in the source");
        }
        return TestCompiler.source(holder.replace("/*ALLOW*/", "").replace(bad, fix));
    }

    String text() {
        return message + " [" + id + "]";
    }

    private String option() {
        return "tablesmith.rule." + id.replace('-', '_');
    }

    /** Only the query rules; an opt-in rule is turned on at its default-when-on. */
    private TestCompiler compiler() {
        TestCompiler c = TestCompiler.validating().only(RuleScope.idsOf(Category.QUERIES));
        if (RuleCatalog.byId(id).orElseThrow().defaultSeverity() == Severity.OFF) {
            c.option(option(), severity.label());
        }
        return c;
    }

    private static Compilation compile(TestCompiler compiler, JavaFileObject source) {
        List<JavaFileObject> all = new ArrayList<>(FIXTURES);
        all.add(source);
        return compiler.compileAll(all);
    }

    void violationIsReportedOnTheQueryAtTheDefaultSeverity() {
        JavaFileObject source = violating();
        Compilation compilation = compile(compiler(), source);
        if (severity == Severity.ERROR) {
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation).hadErrorContaining(text()).inFile(source).onLineContaining(line);
        } else {
            assertThat(compilation).succeeded();
            assertThat(compilation).hadWarningContaining(text()).inFile(source).onLineContaining(line);
            assertEquals(1, compilation.warnings().size(), () -> "one warning: " + compilation.warnings());
        }
    }

    void compliantSourceHasNoDiagnostic() {
        assertThat(compile(compiler(), compliant())).succeededWithoutWarnings();
    }

    void allowOnTheDeclarationSuppressesIt() {
        assertThat(compile(compiler(), allowed())).succeededWithoutWarnings();
    }

    void severityOptionOverridesTheDefault() {
        JavaFileObject source = violating();
        Severity other = severity == Severity.ERROR ? Severity.WARNING : Severity.ERROR;
        Compilation compilation = compile(compiler().option(option(), other.label()), source);
        if (other == Severity.ERROR) {
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorContaining(text()).inFile(source).onLineContaining(line);
        } else {
            assertThat(compilation).succeeded();
            assertThat(compilation).hadWarningContaining(text()).inFile(source).onLineContaining(line);
        }
        assertThat(compile(compiler().option(option(), "off"), source)).succeededWithoutWarnings();
        assertEquals(RuleCatalog.byId(id).orElseThrow().severityWhenOn(), severity, id + "'s default");
    }
}
