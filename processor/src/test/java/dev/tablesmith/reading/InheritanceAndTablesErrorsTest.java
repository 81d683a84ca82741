package dev.tablesmith.reading;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The compile errors (and warnings) of inheritance, access, namespaces, secondary tables and
 * generators: each says what is wrong and what to do, on the annotation value that causes it.
 */
class InheritanceAndTablesErrorsTest {

    @Test
    void identityUnderTablePerClassIsRefusedOnTheStrategy() {
        JavaFileObject root = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                public abstract class Account {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                }
                """);
        JavaFileObject sub = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "savings_accounts") public class Savings extends Account { double rate; }
                """);
        Compilation c = TestCompiler.validating().compile(root, sub);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("IDENTITY generation cannot be used with InheritanceType.TABLE_PER_CLASS")
                .inFile(root).onLineContaining("GenerationType.IDENTITY");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void sqliteHasNoSchemas() {
        JavaFileObject order = source("""
                package app;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "orders",
                       schema = "sales")
                public class Order { @Id Long id; }
                """);
        Compilation c = TestCompiler.validating().option("tablesmith.dialect", "sqlite").compile(order);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("@Table(schema = \"sales\"): sqlite has no schemas or databases to put a "
                + "table in (Hibernate would silently ignore it): remove it, or leave sqlite out of "
                + "-Atablesmith.dialect [invalid-mapping]").inFile(order).onLineContaining("schema = \"sales\"");
    }

    @Test
    void postgresqlAndMysqlMustAgreeOnTheNamespace() {
        JavaFileObject order = source("""
                package app;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "orders", schema = "sales")
                public class Order { @Id Long id; }
                """);
        Compilation c = TestCompiler.validating().option("tablesmith.dialect", "postgresql,mysql").compile(order);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("the dialects read this table's namespace from different members "
                + "(postgresql reads schema, mysql reads catalog): Hibernate puts it in 'sales' on postgresql, the "
                + "default namespace on mysql; give schema and catalog the same value")
                .inFile(order).onLineContaining("schema = \"sales\"");

        JavaFileObject agreed = source("""
                package app;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "orders", schema = "sales", catalog = "sales")
                public class Order { @Id Long id; }
                """);
        assertThat(TestCompiler.validating().option("tablesmith.dialect", "postgresql,mysql")
                .option("tablesmith.rules", "off").compile(agreed)).succeededWithoutWarnings();
    }

    @Test
    void aCatalogIsIgnoredOnPostgresqlAsHibernateIgnoresIt() {
        JavaFileObject customer = source("""
                package app;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "customers", catalog = "crm")
                public class Customer { @Id Long id; }
                """);
        Compilation c = TestCompiler.validating().option("tablesmith.rules", "off").compile(customer);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("@Table(catalog = \"crm\") is ignored on postgresql, as Hibernate ignores it "
                + "there (a PostgreSQL catalog is the database itself)").inFile(customer).onLineContaining("catalog = \"crm\"");
    }

    @Test
    void discriminatorValuesMustFitTheColumn() {
        JavaFileObject animal = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "animals")
                @DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR)
                @DiscriminatorValue("A")
                public class Animal { @Id Long id; }
                """);
        JavaFileObject dog = source("""
                package app;
                import jakarta.persistence.*;
                @Entity
                public class Dog extends Animal { String bark; }
                """);
        JavaFileObject cat = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @DiscriminatorValue("A")
                public class Cat extends Animal { String purr; }
                """);
        Compilation c = TestCompiler.validating().option("tablesmith.rules", "off").compile(animal, dog, cat);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("Dog needs a @DiscriminatorValue: its hierarchy's discriminator column is a "
                + "CHAR, which has no default value").inFile(dog).onLineContaining("class Dog");
        assertThat(c).hadErrorContaining("discriminator value 'A' is used by both Animal and Cat")
                .inFile(cat).onLineContaining("@DiscriminatorValue(\"A\")");

        JavaFileObject numbered = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "shapes")
                @DiscriminatorColumn(discriminatorType = DiscriminatorType.INTEGER)
                public class Shape { @Id Long id; }
                """);
        JavaFileObject circle = source("""
                package app;
                import jakarta.persistence.*;
                @Entity
                @DiscriminatorValue("round")
                public class Circle extends Shape { int radius; }
                """);
        Compilation n = TestCompiler.validating().option("tablesmith.rules", "off").compile(numbered, circle);
        assertThat(n).failed();
        assertThat(n).hadErrorContaining("@DiscriminatorValue(\"round\") is not an integer, but the discriminator "
                + "column 'dtype' is an INTEGER").inFile(circle).onLineContaining("\"round\"");
    }

    @Test
    void aColumnNamesOnlyTheEntitysTables() {
        JavaFileObject product = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "products")
                @SecondaryTable(name = "product_texts")
                public class Product {
                    @Id Long id;
                    @Column(table = "product_text") String description;
                }
                """);
        Compilation c = TestCompiler.validating().option("tablesmith.rules", "off").compile(product);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("table = \"product_text\" names no table of Product: declare it with "
                + "@SecondaryTable(name = \"product_text\"), or name one of: products, product_texts")
                .inFile(product).onLineContaining("table = \"product_text\"");
    }

    @Test
    void aJoinedSubclassKeyReferencesAKeyColumn() {
        JavaFileObject vehicle = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "vehicles") @Inheritance(strategy = InheritanceType.JOINED)
                public class Vehicle { @Id Long id; }
                """);
        JavaFileObject car = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "cars")
                @PrimaryKeyJoinColumn(name = "vehicle_id",
                        referencedColumnName = "code")
                public class Car extends Vehicle { int doors; }
                """);
        Compilation c = TestCompiler.validating().option("tablesmith.rules", "off").compile(vehicle, car);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("@PrimaryKeyJoinColumn referencedColumnName 'code' must name a primary-key "
                + "column of vehicles (id)").inFile(car).onLineContaining("referencedColumnName = \"code\"");
    }

    @Test
    void oneCounterTableHasOneLayout() {
        JavaFileObject a = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "tickets")
                public class Ticket {
                    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "t")
                    @TableGenerator(name = "t", table = "counters", pkColumnName = "name") Long id;
                }
                """);
        JavaFileObject b = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "invoices")
                public class Invoice {
                    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "i")
                    @TableGenerator(name = "i", table = "counters", pkColumnName = "segment") Long id;
                }
                """);
        Compilation c = TestCompiler.validating().option("tablesmith.rules", "off").compile(a, b);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("table generator table 'counters' is declared twice with different columns "
                + "(segment, next_val, and name, next_val here)").inFile(a).onLineContaining("@TableGenerator");
    }

    @Test
    void ignoredDeclarationsAreWarnings() {
        JavaFileObject payment = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "payments")
                public class Payment {
                    @Id Long id;
                    @Column(name = "total_amount") public Long getAmount() { return 0L; }
                }
                """);
        JavaFileObject card = source("""
                package app;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "card_payments")
                @Inheritance(strategy = InheritanceType.JOINED)
                public class CardPayment extends Payment { String last4; }
                """);
        Compilation c = TestCompiler.validating().option("tablesmith.rules", "off").compile(payment, card);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("mapping annotations on getter getAmount() are ignored: Payment uses field "
                + "access (where its hierarchy's @Id is, or its @Access), as JPA says: put them on the field, or mark "
                + "the getter @Access(AccessType.PROPERTY)").inFile(payment).onLineContaining("getAmount()");
        assertThat(c).hadWarningContaining("@Inheritance belongs on the root entity Payment")
                .inFile(card).onLineContaining("@Inheritance");
        assertThat(c).hadWarningContaining("@Table on CardPayment is ignored (as Hibernate ignores it): a SINGLE_TABLE "
                + "subclass keeps its columns in its root's table 'payments'").inFile(card).onLineContaining("@Table");
    }

    @Test
    void aDotInANameIsRefused() {
        JavaFileObject order = source("""
                package app;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "sales.orders")
                public class Order { @Id Long id; }
                """);
        Compilation c = TestCompiler.validating().option("tablesmith.naming", "jpa").option("tablesmith.rules", "off")
                .compile(order);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("table name 'sales.orders' contains a dot: name the schema with "
                + "@Table(schema = ...), not in the name").inFile(order).onLineContaining("\"sales.orders\"");
    }
}
