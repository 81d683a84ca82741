package dev.tablesmith.rules.query;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/** The entities the query rule tests query. */
final class QuerySources {
    private QuerySources() {}

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
}
