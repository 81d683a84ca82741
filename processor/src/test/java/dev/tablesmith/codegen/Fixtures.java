package dev.tablesmith.codegen;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Entities for the code generation tests, written to the handbook's conventions (so rules added
 * later do not fail them) and covering what generation must handle: a mapped superclass in
 * another package, embedded-free plain columns, a package-private nested enum, a private one
 * (not nameable from the table class), a generic JSON map, a byte array, a deprecated column, a
 * denormalised column, an element collection, a many-to-many join table, an expression index with
 * a reason, and a comment full of characters Javadoc, Markdown and javac treat specially.
 */
final class Fixtures {
    private Fixtures() {}

    static final JavaFileObject TIMESTAMPED = source("com.acme.store.Timestamped", """
            package com.acme.store;

            import jakarta.persistence.Column;
            import jakarta.persistence.MappedSuperclass;
            import java.time.Instant;

            /** The standard timestamps. */
            @MappedSuperclass
            public abstract class Timestamped {
                /** When the row was inserted. */
                @Column(nullable = false, updatable = false)
                protected Instant createdAt;

                /** When the row was last changed. */
                @Column(nullable = false)
                protected Instant updatedAt;
            }
            """);

    static final JavaFileObject CUSTOMER = source("com.acme.store.Customer", """
            package com.acme.store;

            import dev.tablesmith.annotations.Comment;
            import dev.tablesmith.annotations.TableIndex;
            import jakarta.persistence.CollectionTable;
            import jakarta.persistence.Column;
            import jakarta.persistence.ElementCollection;
            import jakarta.persistence.Entity;
            import jakarta.persistence.EnumType;
            import jakarta.persistence.Enumerated;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.GenerationType;
            import jakarta.persistence.Id;
            import jakarta.persistence.JoinColumn;
            import jakarta.persistence.Table;
            import java.util.Map;
            import java.util.Set;
            import org.hibernate.annotations.JdbcTypeCode;
            import org.hibernate.type.SqlTypes;

            /** Someone who buys: <b>customers</b> & friends. */
            @Entity
            @Table(name = "customers")
            @TableIndex(expression = "lower(email)", unique = true, reason = "login by e-mail in any case")
            public class Customer extends Timestamped {
                /** Surrogate key. */
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                @Comment("Login <address> & {@code x} */ \\\\u0041 costs $1 @see | `tick`")
                @Column(nullable = false, unique = true, length = 255)
                private String email;

                /** Loyalty tier. */
                @Enumerated(EnumType.STRING)
                @Column(nullable = false, length = 20)
                private Tier tier;

                /** Free-form settings. */
                @JdbcTypeCode(SqlTypes.JSON)
                private Map<String, Object> preferences;

                /** No one faxes any more. */
                @Deprecated
                @Column(length = 50)
                private String fax;

                /** Labels set by the support team. */
                @ElementCollection
                @CollectionTable(name = "customer_tags", joinColumns = @JoinColumn(name = "customer_id"))
                @Column(name = "tag", length = 30)
                private Set<String> tags;

                enum Tier { BASIC, GOLD }
            }
            """);

    static final JavaFileObject PRODUCT = source("com.acme.store.Product", """
            package com.acme.store;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.GenerationType;
            import jakarta.persistence.Id;
            import jakarta.persistence.Table;

            /** Things for sale. */
            @Entity
            @Table(name = "products")
            public class Product extends Timestamped {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                /** Stock keeping unit. */
                @Column(nullable = false, unique = true, length = 64)
                private String sku;
            }
            """);

    static final JavaFileObject INVOICE = source("com.acme.store.billing.Invoice", """
            package com.acme.store.billing;

            import com.acme.store.Customer;
            import com.acme.store.Product;
            import com.acme.store.Timestamped;
            import dev.tablesmith.annotations.Denormalized;
            import dev.tablesmith.annotations.TableIndex;
            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.EnumType;
            import jakarta.persistence.Enumerated;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.GenerationType;
            import jakarta.persistence.Id;
            import jakarta.persistence.JoinColumn;
            import jakarta.persistence.JoinTable;
            import jakarta.persistence.ManyToMany;
            import jakarta.persistence.ManyToOne;
            import jakarta.persistence.Table;
            import jakarta.validation.constraints.Positive;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.util.Set;

            /** A bill sent to a customer. */
            @Entity
            @Table(name = "invoices")
            @TableIndex(columns = {"customer_id", "issued_at DESC"}, reason = "a customer's invoices, newest first")
            public class Invoice extends Timestamped {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                /** Who pays. */
                @ManyToOne(optional = false)
                @JoinColumn(name = "customer_id")
                private Customer customer;

                /** Amount due. */
                @Positive
                @Column(nullable = false, precision = 12, scale = 2)
                private BigDecimal amount;

                /** The customer's name on the invoice. */
                @Denormalized(reason = "copied from the customer when issued; invoices never change")
                @Column(length = 100)
                private String customerName;

                /** When it was sent. */
                @Column(nullable = false)
                private Instant issuedAt;

                /** The printed document. */
                private byte[] document;

                @Enumerated(EnumType.STRING)
                @Column(length = 10)
                private Channel channel;

                @ManyToMany
                @JoinTable(name = "invoice_products", joinColumns = @JoinColumn(name = "invoice_id"),
                        inverseJoinColumns = @JoinColumn(name = "product_id"))
                private Set<Product> products;

                private enum Channel { MAIL, EMAIL }
            }
            """);

    static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    static List<JavaFileObject> all() {
        return List.of(TIMESTAMPED, CUSTOMER, PRODUCT, INVOICE);
    }
}
