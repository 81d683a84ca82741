package dev.tablesmith.rules.integrity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.rules.integrity.IntegrityRuleCasesTest.TIMESTAMPED;
import static dev.tablesmith.rules.integrity.IntegrityRuleCasesTest.USER;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.rules.Category;
import dev.tablesmith.testing.RuleScope;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the table-driven cases do not show: other forms of each violation, exemptions, positions, generated SQL. */
class IntegrityRuleDetailsTest {
    @TempDir
    Path dir;

    private static Compilation validate(JavaFileObject... sources) {
        JavaFileObject[] all = new JavaFileObject[sources.length + 2];
        System.arraycopy(sources, 0, all, 0, sources.length);
        all[sources.length] = TIMESTAMPED;
        all[sources.length + 1] = USER;
        return TestCompiler.validating().only(RuleScope.idsOf(Category.INTEGRITY)).compile(all);
    }

    /** The one up migration written to {@code dir}. */
    private String upMigration() throws IOException {
        try (var files = Files.list(dir)) {
            Path up = files.filter(p -> p.getFileName().toString().matches("V.*\\.sql")).findFirst().orElseThrow();
            return Files.readString(up);
        }
    }

    @Nested
    class FkIndex {
        static final JavaFileObject ORDER = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "orders")
                public class Order extends Timestamped {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne(optional = false) User user;
                }
                """);

        @Test
        void aMissingIndexIsGeneratedAndNothingIsReported() throws IOException {
            Compilation c = TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.INTEGRITY)).compile(ORDER, TIMESTAMPED, USER);
            assertThat(c).succeededWithoutWarnings();
            assertTrue(upMigration().contains("CREATE INDEX idx_orders_user_id ON orders (user_id);"), upMigration());
        }

        @Test
        void atWarningTheIndexIsStillGenerated() throws IOException {
            Compilation c = TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.INTEGRITY)).option("tablesmith.rule.fk_index", "warning")
                    .compile(ORDER, TIMESTAMPED, USER);
            assertThat(c).succeededWithoutWarnings();
            assertTrue(upMigration().contains("CREATE INDEX idx_orders_user_id ON orders (user_id);"), upMigration());
        }

        @Test
        void offStopsGeneratingForeignKeyIndexes() throws IOException {
            Compilation c = TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.INTEGRITY)).option("tablesmith.rule.fk_index", "off")
                    .compile(ORDER, TIMESTAMPED, USER);
            assertThat(c).succeededWithoutWarnings();
            assertTrue(upMigration().contains("CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id)"), upMigration());
            assertFalse(upMigration().contains("idx_orders_user_id"), upMigration());
        }

        @Test
        void anIndexLeadingWithTheKeyCoversIt() throws IOException {
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
            assertThat(TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.INTEGRITY)).compile(order, TIMESTAMPED, USER)).succeededWithoutWarnings();
            assertTrue(upMigration().contains("idx_orders_user_id_created_at"), upMigration());
            assertFalse(upMigration().contains("idx_orders_user_id ON"), "no second index: " + upMigration());
        }

        @Test
        void aGinIndexOfTheGeneratedNameIsNamedAsTheCause() {
            JavaFileObject order = source("""
                    package app;
                    import jakarta.persistence.*;
                    import dev.tablesmith.annotations.IndexMethod;
                    import dev.tablesmith.annotations.TableIndex;
                    @Entity @Table(name = "orders")
                    @TableIndex(columns = "user_id", using = IndexMethod.HASH, reason = "equality lookups")
                    public class Order extends Timestamped {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @ManyToOne(optional = false) User user;
                    }
                    """);
            Compilation c = validate(order);
            assertThat(c).hadErrorCount(1);
            assertThat(c).hadErrorContaining("cannot serve the key (it is a hash index); give that index another "
                    + "name, and Tablesmith adds idx_orders_user_id [fk-index]").inFile(order).onLineContaining("User user;");
        }
    }

    @Nested
    class StandardTimestamps {
        @Test
        void oneMissingColumnNamesTheFieldToAdd() {
            JavaFileObject tag = source("""
                    package app;
                    import jakarta.persistence.*;
                    import org.hibernate.annotations.CreationTimestamp;
                    @Entity @Table(name = "tags")
                    public class Tag {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @CreationTimestamp @Column(nullable = false, updatable = false) java.time.Instant createdAt;
                    }
                    """);
            Compilation c = validate(tag);
            assertThat(c).hadWarningCount(1);
            assertThat(c).hadWarningContaining("table 'tags' has no updated_at: add `@UpdateTimestamp @Column(nullable = "
                    + "false) Instant updatedAt` (or extend a @MappedSuperclass that declares both timestamps) "
                    + "[standard-timestamps]").inFile(tag).onLineContaining("public class Tag");
        }

        @Test
        void nullableWrongTypeAndWrongDefaultAreReportedOnTheField() {
            JavaFileObject tag = source("""
                    package app;
                    import jakarta.persistence.*;
                    import dev.tablesmith.annotations.Default;
                    @Entity @Table(name = "tags")
                    public class Tag {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        java.time.OffsetDateTime createdAt;
                        @Default("'2020-01-01'") @Column(nullable = false) java.time.Instant updatedAt;
                    }
                    """);
            Compilation c = validate(tag);
            assertThat(c).hadWarningCount(2);
            assertThat(c).hadWarningContaining("column 'created_at' may be null: every row has one, so declare it "
                    + "`@Column(nullable = false)` and let @CreationTimestamp fill it [standard-timestamps]")
                    .inFile(tag).onLineContaining("createdAt;");
            assertThat(c).hadWarningContaining("column 'updated_at' defaults to '2020-01-01' instead of now(): remove "
                    + "the @Default/@ColumnDefault, and Tablesmith writes DEFAULT now() [standard-timestamps]")
                    .inFile(tag).onLineContaining("updatedAt;");
        }

        @Test
        void aColumnThatIsNoTimestampIsReported() {
            JavaFileObject tag = source("""
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "tags")
                    public class Tag {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(nullable = false) java.time.LocalDate createdAt;
                        @Column(nullable = false) java.time.Instant updatedAt;
                    }
                    """);
            Compilation c = validate(tag);
            assertThat(c).hadWarningCount(1);
            assertThat(c).hadWarningContaining("column 'created_at' is LocalDate, not a point in time: declare it as "
                    + "`@CreationTimestamp Instant`, stored as TIMESTAMP WITH TIME ZONE [standard-timestamps]")
                    .inFile(tag).onLineContaining("createdAt;");
        }

        @Test
        void joinAndCollectionTablesAreExempt() throws IOException {
            JavaFileObject product = source("""
                    package app;
                    import jakarta.persistence.*;
                    import java.util.Set;
                    @Entity @Table(name = "products")
                    public class Product extends Timestamped {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @ManyToMany Set<User> watchers;
                        @ElementCollection @Column(length = 30) Set<String> labels;
                    }
                    """);
            Compilation c = TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.INTEGRITY)).compile(product, TIMESTAMPED, USER);
            assertThat(c).succeededWithoutWarnings();
            assertTrue(upMigration().contains("CREATE TABLE products_watchers"), upMigration());
            assertTrue(upMigration().contains("CREATE TABLE product_labels"), upMigration());
        }
    }

    @Nested
    class TimestampWithTimeZone {
        @Test
        void anInheritedFieldIsReportedOnceAtItsDeclaration() {
            JavaFileObject audited = JavaFileObjects.forSourceString("app.Audited", """
                    package app;
                    import jakarta.persistence.*;
                    @MappedSuperclass
                    public abstract class Audited extends Timestamped {
                        java.util.Date reviewedAt;
                    }
                    """);
            JavaFileObject a = source("""
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "posts")
                    public class Post extends Audited {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    }
                    """);
            JavaFileObject b = source("""
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "pages")
                    public class Page extends Audited {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    }
                    """);
            Compilation c = validate(audited, a, b);
            assertThat(c).hadWarningCount(1);
            assertThat(c).hadWarningContaining("field 'reviewedAt' is a Date, stored as TIMESTAMP WITHOUT TIME ZONE")
                    .inFile(audited).onLineContaining("reviewedAt;");
        }

        @Test
        void aColumnDefinitionWithoutZoneIsReportedOnTheDefinition() {
            JavaFileObject event = source("""
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "events")
                    public class Event extends Timestamped {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(nullable = false,
                                columnDefinition = "TIMESTAMP(3)") java.time.Instant happenedAt;
                        @Column(columnDefinition = "timestamp(3) with time zone") java.time.Instant seenAt;
                    }
                    """);
            Compilation c = validate(event);
            assertThat(c).hadWarningCount(1);
            assertThat(c).hadWarningContaining("field 'happenedAt' is declared as 'timestamp(3)', a timestamp without "
                    + "time zone: write columnDefinition = \"timestamp with time zone\" and declare the field as "
                    + "Instant or OffsetDateTime [timestamp-with-time-zone]")
                    .inFile(event).onLineContaining("columnDefinition = \"TIMESTAMP(3)\"");
        }

        @ParameterizedTest
        @CsvSource({"timestamp, true", "TIMESTAMP(3), true", "timestamp without time zone, true", "datetime(6), true",
                "timestamp with time zone, false", "timestamp(6) with time zone, false", "timestamptz, false",
                "date, false"})
        void zonelessDefinitions(String definition, boolean zoneless) {
            org.junit.jupiter.api.Assertions.assertEquals(zoneless, TimestampWithTimeZoneRule.isZoneless(definition));
        }
    }

    @Nested
    class VarcharLength {
        @Test
        void stringEnumsAndExplicitLengthsAreExemptElementCollectionsAreNot() {
            JavaFileObject member = source("""
                    package app;
                    import jakarta.persistence.*;
                    import jakarta.validation.constraints.Size;
                    import java.util.Set;
                    @Entity @Table(name = "members")
                    public class Member extends Timestamped {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Enumerated(EnumType.STRING) Tier tier;
                        @Size(max = 320) String email;
                        @Column(columnDefinition = "text") String bio;
                        @ElementCollection Set<String> nicknames;
                        enum Tier { BASIC, GOLD }
                    }
                    """);
            Compilation c = validate(member);
            assertThat(c).hadWarningCount(1);
            assertThat(c).hadWarningContaining("String field 'nicknames' is VARCHAR(255) only because that is the "
                    + "default length").inFile(member).onLineContaining("nicknames;");
        }
    }

    @Nested
    class EnumCheck {
        @Test
        void stringEnumsGetTheHandbooksValidCheck() throws IOException {
            JavaFileObject order = source("""
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "orders")
                    public class Order extends Timestamped {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) Status status;
                        enum Status { PENDING, PAID }
                    }
                    """);
            assertThat(TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.INTEGRITY)).compile(order, TIMESTAMPED, USER)).succeededWithoutWarnings();
            assertTrue(upMigration().contains("CONSTRAINT orders_status_valid CHECK (status IN ('PENDING', 'PAID'))"),
                    upMigration());
        }

        @Test
        void anEnumWithoutEnumeratedIsOrdinalAndReportedOnTheField() {
            JavaFileObject order = source("""
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "orders")
                    public class Order extends Timestamped {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        Status status;
                        enum Status { PENDING, PAID }
                    }
                    """);
            Compilation c = validate(order);
            assertThat(c).hadWarningCount(1);
            assertThat(c).hadWarningContaining("enum field 'status' is stored by ordinal: inserting or reordering "
                    + "constants of Status silently changes what stored rows mean; store the name with "
                    + "@Enumerated(EnumType.STRING) [enum-check]").inFile(order).onLineContaining("Status status;");
        }

        @Test
        void aStringEnumWithoutConstantsHasNoCheckAndIsReported() {
            JavaFileObject order = source("""
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "orders")
                    public class Order extends Timestamped {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Enumerated(EnumType.STRING) @Column(length = 20) Status status;
                        enum Status { }
                    }
                    """);
            Compilation c = validate(order);
            assertThat(c).hadWarningCount(1);
            assertThat(c).hadWarningContaining("enum column 'status' of table 'orders' has no CHECK constraint "
                    + "'orders_status_valid' limiting it to the names of Status, which has no constants: add them, "
                    + "and Tablesmith writes CHECK (status IN (...)) [enum-check]")
                    .inFile(order).onLineContaining("Status status;");
        }
    }

    @Nested
    class MoneyPrecision {
        static final JavaFileObject ITEM = source("""
                package app;
                import jakarta.persistence.*;
                import jakarta.validation.constraints.Digits;
                @Entity @Table(name = "items")
                public class Item extends Timestamped {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    double unitPrice;
                    Float shipping_cost;
                    double totalDistance;
                    double weight;
                    @Digits(integer = 10, fraction = 4) java.math.BigDecimal rate;
                }
                """);

        @Test
        void floatingMoneyWarnsByDefaultAndOtherDoublesAreNotReported() {
            Compilation c = validate(ITEM);
            assertThat(c).succeeded();
            assertThat(c).hadWarningCount(2);
            assertThat(c).hadWarningContaining("field 'unitPrice' looks like money but is a double, which cannot hold "
                    + "amounts such as 0.10 exactly: declare it as BigDecimal with @Column(precision = 12, scale = 2) "
                    + "[money-precision]").inFile(ITEM).onLineContaining("unitPrice;");
            assertThat(c).hadWarningContaining("field 'shipping_cost' looks like money but is a Float")
                    .inFile(ITEM).onLineContaining("shipping_cost;");
        }

        @Test
        void aConfiguredSeverityAppliesToFloatingMoneyToo() {
            Compilation strict = TestCompiler.validating().only("money-precision")
                    .option("tablesmith.rule.money_precision", "error").compile(ITEM, TIMESTAMPED, USER);
            assertThat(strict).hadErrorCount(2);
            assertThat(strict).hadErrorContaining("field 'unitPrice' looks like money").inFile(ITEM)
                    .onLineContaining("unitPrice;");
            Compilation baseline = TestCompiler.validating().only("money-precision")
                    .option("tablesmith.rules", "error").compile(ITEM, TIMESTAMPED, USER);
            assertThat(baseline).hadErrorCount(2);
        }

        @Test
        void aBigDecimalWithoutScaleStaysAnErrorBesideFloatingMoney() {
            JavaFileObject both = source("""
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "invoices")
                    public class Invoice extends Timestamped {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        java.math.BigDecimal subtotal;
                        double tax;
                    }
                    """);
            Compilation c = validate(both);
            assertThat(c).hadErrorCount(1);
            assertThat(c).hadErrorContaining("BigDecimal field 'subtotal' has no precision and scale").inFile(both)
                    .onLineContaining("subtotal;");
            assertThat(c).hadWarningCount(1);
            assertThat(c).hadWarningContaining("field 'tax' looks like money but is a double").inFile(both)
                    .onLineContaining("tax;");
        }

        @ParameterizedTest
        @CsvSource({"price, true", "unitPrice, true", "grandTotal, true", "shipping_cost, true", "fees, true",
                "taxes, true", "amount, true", "totalDistance, false", "weight, false", "priceRatio, false",
                "latitude, false"})
        void moneyNames(String name, boolean money) {
            org.junit.jupiter.api.Assertions.assertEquals(money, MoneyPrecisionRule.looksLikeMoney(name));
        }
    }

    @Nested
    class DenormalizationDocumented {
        static final JavaFileObject CUSTOMER = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "customers")
                public class Customer extends Timestamped {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, length = 320) String email;
                }
                """);

        @Test
        void anUndocumentedCopyThroughAForeignKeyIsReported() {
            JavaFileObject order = source("""
                    package app;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "orders")
                    public class Order extends Timestamped {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @ManyToOne(optional = false) Customer customer;
                        @Column(nullable = false, length = 320) String customerEmail;
                        @Column(nullable = false, length = 320) String customerNote;
                    }
                    """);
            Compilation c = validate(order, CUSTOMER);
            assertThat(c).hadWarningCount(1);
            assertThat(c).hadWarningContaining("column 'customer_email' looks like a copy of customers.email (through "
                    + "foreign key customer_id) without @Denormalized: if it is one, say why and what keeps it current "
                    + "with @Denormalized(reason = \"...\"); if not, give it a name that does not repeat the foreign "
                    + "key's [denormalization-documented]").inFile(order).onLineContaining("customerEmail;");
        }

        @Test
        void aDocumentedCopyIsCompliant() {
            JavaFileObject order = source("""
                    package app;
                    import jakarta.persistence.*;
                    import dev.tablesmith.annotations.Denormalized;
                    @Entity @Table(name = "orders")
                    public class Order extends Timestamped {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @ManyToOne(optional = false) Customer customer;
                        @Denormalized(reason = "the address the confirmation went to, kept as sent")
                        @Column(nullable = false, length = 320) String customerEmail;
                    }
                    """);
            assertThat(validate(order, CUSTOMER)).succeededWithoutWarnings();
        }
    }
}
