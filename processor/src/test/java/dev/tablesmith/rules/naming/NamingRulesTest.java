package dev.tablesmith.rules.naming;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.rules.Category;
import dev.tablesmith.testing.RuleScope;
import dev.tablesmith.testing.TestCompiler;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every naming rule, table-driven: a violating source gives exactly one error with the full text
 * on the line of the offending name (an annotation value sits on its own line to prove the position
 * is the value's); {@code @Allow} suppresses it; {@code -Atablesmith.rule.<id>=warning} turns it into
 * a warning; a compliant source compiles without any diagnostic.
 */
class NamingRulesTest {
    private static final String IMPORTS = """
            import jakarta.persistence.*;
            import jakarta.validation.constraints.*;
            import dev.tablesmith.annotations.*;
            """;

    /**
     * One violation.
     *
     * @param sources the first holds the error; others are entities it references
     * @param line a text unique to the line the error must be on
     * @param options extra -A options (key without "-A")
     */
    record Violation(String rule, String name, List<String> sources, String message, String line,
            Map<String, String> options) {
        @Override
        public String toString() {
            return rule + ": " + name;
        }

        JavaFileObject[] files() {
            return sources.stream().map(NamingRulesTest::file).toArray(JavaFileObject[]::new);
        }

        TestCompiler compiler() {
            TestCompiler c = TestCompiler.validating().only(rule);
            options.forEach(c::option);
            return c;
        }
    }

    /** A source in package t, named after its public class. */
    static JavaFileObject file(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("public (?:abstract )?class (\\w+)").matcher(body);
        if (!m.find()) {
            throw new IllegalArgumentException("no public class in " + body);
        }
        return com.google.testing.compile.JavaFileObjects.forSourceString("t." + m.group(1), "package t;\n" + IMPORTS + body);
    }

    private static final String USERS = """
            @Entity @Table(name = "users")
            public class User { @Id private Long id; }
            """;

    static Stream<Violation> violations() {
        return Stream.of(
                new Violation("table-snake-case", "written name, jpa naming", List.of("""
                        @Entity
                        @Table(
                            name = "orderItems")
                        public class OrderItem { @Id private Long id; }
                        """), "table name 'orderItems' should be snake_case: use @Table(name = \"order_items\")"
                        + " [table-snake-case]", "name = \"orderItems\"", Map.of("tablesmith.naming", "jpa")),
                new Violation("table-snake-case", "spring keeps hyphens", List.of("""
                        @Entity
                        @Table(
                            name = "order-items")
                        public class OrderItem { @Id private Long id; }
                        """), "table name 'order-items' should be snake_case: use @Table(name = \"order_items\")"
                        + " [table-snake-case]", "name = \"order-items\"", Map.of()),
                new Violation("table-plural", "written name", List.of("""
                        @Entity
                        @Table(
                            name = "order_item")
                        public class OrderItem { @Id private Long id; }
                        """), "table name 'order_item' should be plural: use @Table(name = \"order_items\")"
                        + " [table-plural]", "name = \"order_item\"", Map.of()),
                new Violation("table-plural", "derived from the class, irregular plural", List.of("""
                        @Entity
                        public class Person { @Id private Long id; }
                        """), "table name 'person' should be plural: add @Table(name = \"people\") [table-plural]",
                        "public class Person", Map.of()),
                new Violation("table-plural", "collection table", List.of("""
                        @Entity @Table(name = "users")
                        public class User {
                            @Id private Long id;
                            @ElementCollection
                            @CollectionTable(
                                name = "user_address", joinColumns = @JoinColumn(name = "user_id"))
                            private java.util.Set<String> addresses;
                        }
                        """), "table name 'user_address' should be plural: use @CollectionTable(name = \"user_addresses\")"
                        + " [table-plural]", "name = \"user_address\"", Map.of()),
                new Violation("column-snake-case", "written name, jpa naming", List.of("""
                        @Entity @Table(name = "users")
                        public class User {
                            @Id private Long id;
                            @Column(
                                name = "emailAddress")
                            private String email;
                        }
                        """), "column name 'emailAddress' should be snake_case: use @Column(name = \"email_address\")"
                        + " [column-snake-case]", "name = \"emailAddress\"", Map.of("tablesmith.naming", "jpa")),
                new Violation("column-snake-case", "inherited, reported once at the superclass field", List.of("""
                        @MappedSuperclass
                        public abstract class Stamped {
                            private java.time.Instant createdAt;
                        }
                        """, """
                        @Entity @Table(name = "users")
                        public class User extends Stamped { @Id private Long id; }
                        """, """
                        @Entity @Table(name = "orders")
                        public class Order extends Stamped { @Id private Long id; }
                        """), "column name 'createdAt' should be snake_case: add @Column(name = \"created_at\")"
                        + " [column-snake-case]", "private java.time.Instant createdAt;",
                        Map.of("tablesmith.naming", "jpa")),
                new Violation("pk-name", "written name", List.of("""
                        @Entity @Table(name = "users")
                        public class User {
                            @Id
                            @Column(
                                name = "user_key")
                            private Long key;
                        }
                        """), "primary key column 'user_key' should be named 'id' or 'user_id': use @Column(name = \"id\")"
                        + " [pk-name]", "name = \"user_key\"", Map.of()),
                new Violation("pk-name", "inherited: one text for every table", List.of("""
                        @MappedSuperclass
                        public abstract class Keyed {
                            @Id private Long uuid;
                        }
                        """, """
                        @Entity @Table(name = "users")
                        public class User extends Keyed { }
                        """, """
                        @Entity @Table(name = "orders")
                        public class Order extends Keyed { }
                        """), "primary key column 'uuid' should be named 'id' (or '<table_singular>_id'):"
                        + " add @Column(name = \"id\") [pk-name]", "@Id private Long uuid;", Map.of()),
                new Violation("fk-column-name", "written role name for a single reference", List.of("""
                        @Entity @Table(name = "orders")
                        public class Order {
                            @Id private Long id;
                            @ManyToOne
                            @JoinColumn(
                                name = "buyer_id")
                            private User buyer;
                        }
                        """, USERS), "foreign key column 'buyer_id' to table 'users' should be named 'user_id' (a role"
                        + " name fits only where a table references itself or the same table more than once):"
                        + " use @JoinColumn(name = \"user_id\") [fk-column-name]", "name = \"buyer_id\"", Map.of()),
                new Violation("fk-column-name", "derived from the attribute", List.of("""
                        @Entity @Table(name = "orders")
                        public class Order {
                            @Id private Long id;
                            @ManyToOne private User customer;
                        }
                        """, USERS), "foreign key column 'customer_id' to table 'users' should be named 'user_id' (a role"
                        + " name fits only where a table references itself or the same table more than once):"
                        + " add @JoinColumn(name = \"user_id\") [fk-column-name]", "private User customer;", Map.of()),
                new Violation("fk-column-name", "self reference without _id", List.of("""
                        @Entity @Table(name = "categories")
                        public class Category {
                            @Id private Long id;
                            @ManyToOne
                            @JoinColumn(
                                name = "parent")
                            private Category parent;
                        }
                        """), "foreign key column 'parent' to table 'categories' should end with '_id':"
                        + " use @JoinColumn(name = \"parent_id\") [fk-column-name]", "name = \"parent\"", Map.of()),
                new Violation("fk-column-name", "implicit join table column", List.of("""
                        @Entity @Table(name = "products")
                        public class Product {
                            @Id private Long id;
                            @ManyToMany private java.util.Set<Tag> tags;
                        }
                        """, """
                        @Entity @Table(name = "tags")
                        public class Tag { @Id private Long id; }
                        """), "foreign key column 'tags_id' to table 'tags' should be named 'tag_id' (a role name fits"
                        + " only where a table references itself or the same table more than once):"
                        + " add @JoinTable(inverseJoinColumns = @JoinColumn(name = \"tag_id\")) [fk-column-name]",
                        "@ManyToMany private", Map.of()),
                new Violation("index-name", "JPA @Index", List.of("""
                        @Entity
                        @Table(name = "users", indexes = @Index(
                            name = "email_idx", columnList = "email"))
                        public class User { @Id private Long id; private String email; }
                        """), "index name 'email_idx' should read idx_<table>_<columns>: use @Index(name ="
                        + " \"idx_users_email\"), or leave the name out to have it generated [index-name]",
                        "name = \"email_idx\"", Map.of()),
                new Violation("index-name", "@TableIndex with an expression", List.of("""
                        @Entity
                        @Table(name = "users")
                        @TableIndex(
                            name = "users_lower_email", expression = "lower(email)")
                        public class User { @Id private Long id; private String email; }
                        """), "index name 'users_lower_email' should read idx_<table>_<columns>: use @TableIndex(name ="
                        + " \"idx_users_email_lower\"), or leave the name out to have it generated [index-name]",
                        "name = \"users_lower_email\"", Map.of()),
                new Violation("constraint-name", "check with a vague ending", List.of("""
                        @Entity @Table(name = "orders")
                        public class Order {
                            @Id private Long id;
                            @Check(
                                name = "orders_total_check", value = "total > 0")
                            private java.math.BigDecimal total;
                        }
                        """), "check constraint name 'orders_total_check' should read <table>_<column>_<what it"
                        + " asserts>: use @Check(name = \"orders_total_positive\") [constraint-name]",
                        "name = \"orders_total_check\"", Map.of()),
                new Violation("constraint-name", "check named for another assertion", List.of("""
                        @Entity @Table(name = "orders")
                        public class Order {
                            @Id private Long id;
                            @Check(
                                name = "orders_total_positive", value = "total >= 0")
                            private java.math.BigDecimal total;
                        }
                        """), "check constraint name 'orders_total_positive' says it asserts something other than"
                        + " (total >= 0): use @Check(name = \"orders_total_non_negative\") [constraint-name]",
                        "name = \"orders_total_positive\"", Map.of()),
                new Violation("constraint-name", "unique constraint", List.of("""
                        @Entity
                        @Table(name = "users", uniqueConstraints = @UniqueConstraint(
                            name = "uq_email", columnNames = "email"))
                        public class User { @Id private Long id; private String email; }
                        """), "unique constraint name 'uq_email' should read <table>_<columns>_unique: use"
                        + " @UniqueConstraint(name = \"users_email_unique\") [constraint-name]",
                        "name = \"uq_email\"", Map.of()),
                new Violation("constraint-name", "foreign key", List.of("""
                        @Entity @Table(name = "orders")
                        public class Order {
                            @Id private Long id;
                            @ManyToOne
                            @JoinColumn(name = "user_id", foreignKey = @ForeignKey(
                                name = "fk_user"))
                            private User user;
                        }
                        """, USERS), "foreign key name 'fk_user' should read <table>_<columns>_fkey: use"
                        + " @ForeignKey(name = \"orders_user_id_fkey\") [constraint-name]", "name = \"fk_user\"",
                        Map.of()),
                new Violation("reserved-word", "column", List.of("""
                        @Entity @Table(name = "items")
                        public class Item {
                            @Id private Long id;
                            @Column(
                                name = "order")
                            private int position;
                        }
                        """), "column name 'order' is a reserved word in PostgreSQL, MySQL/MariaDB and SQLite:"
                        + " use @Column(name = \"sort_order\") [reserved-word]", "name = \"order\"", Map.of()),
                new Violation("reserved-word", "table derived from the class", List.of("""
                        @Entity
                        public class User { @Id private Long id; }
                        """), "table name 'user' is a reserved word in PostgreSQL: add @Table(name = \"users\")"
                        + " [reserved-word]", "public class User", Map.of("tablesmith.rule.table_plural", "off")),
                new Violation("reserved-word", "plural reserved in MySQL", List.of("""
                        @Entity
                        @Table(
                            name = "groups")
                        public class Group { @Id private Long id; }
                        """), "table name 'groups' is a reserved word in MySQL/MariaDB: use @Table(name ="
                        + " \"app_groups\") [reserved-word]", "name = \"groups\"", Map.of()),
                new Violation("identifier-length", "written column name in UTF-8 bytes", List.of("""
                        @Entity @Table(name = "items")
                        public class Item {
                            @Id private Long id;
                            @Column(
                                name = "%s")
                            private String size;
                        }
                        """.formatted("größe_".repeat(8))), "column name '" + "größe_".repeat(8) + "' is 64 bytes, over"
                        + " the 63-byte limit (PostgreSQL truncates longer names silently): write a shorter name"
                        + " [identifier-length]", "name = \"größe_", Map.of("tablesmith.rule.column_snake_case", "off")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void violationIsOneErrorOnTheOffendingName(Violation v) {
        JavaFileObject[] files = v.files();
        Compilation c = v.compiler().compile(files);
        assertThat(c).hadErrorContaining(v.message()).inFile(files[0]).onLineContaining(v.line());
        assertThat(c).hadErrorCount(1);
        assertEquals(v.message(), c.errors().get(0).getMessage(null), "the whole text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void allowSuppressesIt(Violation v) {
        List<String> sources = new java.util.ArrayList<>(v.sources());
        sources.set(0, sources.get(0).replaceFirst("public (abstract )?class",
                "@Allow(value = \"" + v.rule() + "\", reason = \"legacy schema\")\n$0"));
        Violation allowed = new Violation(v.rule(), v.name(), sources, v.message(), v.line(), v.options());
        Compilation c = allowed.compiler().compile(allowed.files());
        assertThat(c).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void severityOverrideMakesItAWarning(Violation v) {
        JavaFileObject[] files = v.files();
        Compilation c = v.compiler().option("tablesmith.rule." + v.rule().replace('-', '_'), "warning").compile(files);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining(v.message()).inFile(files[0]).onLineContaining(v.line());
        assertEquals(1, c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).count());
    }

    static Stream<String> compliant() {
        return Stream.of(
                // every rule at once: the handbook's names, irregular plurals, role names, explicit
                // names that follow the scheme, and names generated by Tablesmith
                """
                @Entity @Table(name = "people")
                @TableIndex(name = "idx_people_email_lower", expression = "lower(email)", unique = true)
                @Check(name = "people_ends_after_starts", value = "ends_at > starts_at")
                public class Person {
                    @Id private Long id;
                    @Column(unique = true) private String email;
                    @NotBlank private String name;
                    private java.time.Instant startsAt;
                    private java.time.Instant endsAt;
                    @ManyToOne @JoinColumn(name = "parent_id") private Person parent;
                }
                """,
                """
                @Entity @Table(name = "messages",
                        uniqueConstraints = @UniqueConstraint(name = "messages_sender_id_sent_at_unique",
                                columnNames = {"sender_id", "sent_at"}),
                        indexes = @Index(name = "idx_messages_recipient_unread", columnList = "recipient_id"))
                public class Message {
                    @Id private Long message_id;
                    @ManyToOne(optional = false) private Person sender;
                    @ManyToOne(optional = false) private Person recipient;
                    @Check(name = "messages_priority_valid", value = "priority IN (1, 2, 3)")
                    private int priority;
                    @PositiveOrZero private int retries;
                    private java.time.Instant sentAt;
                }
                """,
                """
                @Entity @Table(name = "categories")
                public class Category {
                    @Id private Long id;
                    @ManyToOne @JoinColumn(name = "category_id") private Category parent;
                    @ManyToMany
                    @JoinTable(name = "category_statuses",
                            joinColumns = @JoinColumn(name = "category_id"),
                            inverseJoinColumns = @JoinColumn(name = "status_id"))
                    private java.util.Set<Status> statuses;
                    @ElementCollection private java.util.Set<String> aliases;
                }
                """,
                """
                @Entity @Table(name = "statuses")
                public class Status { @Id private Long id; private String name; }
                """,
                """
                @Entity @Table(name = "inventory")
                public class Inventory { @Id private Long inventory_id; private int quantity; }
                """);
    }

    @Test
    void compliantSourcesCompileWithoutDiagnostics() {
        JavaFileObject[] files = compliant().map(NamingRulesTest::file).toArray(JavaFileObject[]::new);
        Compilation c = TestCompiler.validating().only(RuleScope.idsOf(Category.NAMING)).compile(files);
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void everyNamingRuleIsCatalogued() {
        List<String> tested = violations().map(Violation::rule).distinct().sorted().toList();
        List<String> naming = RuleCatalog.all().stream()
                .filter(r -> r.category() == dev.tablesmith.rules.Category.NAMING).map(r -> r.id()).sorted().toList();
        assertEquals(naming, tested);
        RuleCatalog.all().stream().filter(r -> naming.contains(r.id())).forEach(r -> {
            assertTrue(r.summary().length() > 20, r.id());
            assertTrue(r.explanation().contains("Compliant:"), r.id());
        });
    }
}
