package dev.tablesmith.examples.shop;

import dev.tablesmith.annotations.Allow;
import dev.tablesmith.annotations.Check;
import dev.tablesmith.annotations.Default;
import dev.tablesmith.annotations.TableIndex;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A user's purchase. */
@NamedQuery(name = "Order.byUser", query = "SELECT o FROM Order o WHERE o.user.id = :userId ORDER BY o.createdAt DESC")
@NamedNativeQuery(name = "Order.fulfilmentQueue", query = "SELECT id, user_id, total, created_at FROM orders "
        + "WHERE status = 'PENDING' ORDER BY created_at LIMIT ?")
@Entity
@Table(name = "orders")
@TableIndex(columns = {"user_id", "created_at DESC"},
        reason = "a user's orders, newest first (keyset pagination)")
@TableIndex(name = "idx_orders_pending", columns = "created_at", where = "status = 'PENDING'",
        reason = "the fulfilment queue reads only pending orders")
@TableIndex(name = "idx_orders_summary", columns = "user_id", include = {"total", "status"},
        reason = "order totals per user without visiting the table")
public class Order extends BaseEntity {
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Enumerated(EnumType.STRING)
    @Default("'PENDING'")
    @Column(nullable = false, length = 50)
    private OrderStatus status = OrderStatus.PENDING;

    /** Sum of the items' prices, in the shop's currency. */
    @Allow(value = "constraint-name", reason = "the handbook's own name for this check (it allows a free order); "
            + "runbooks and alerts refer to it")
    @Check(name = "orders_total_positive", value = "total >= 0")
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal total;

    /** Where the order is shipped. */
    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 200))
    @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 100))
    @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 20))
    @AttributeOverride(name = "country", column = @Column(name = "shipping_country", length = 2))
    private Address shippingAddress;

    /** Optimistic locking counter. */
    @Version
    private long version;

    @OneToMany(mappedBy = "order")
    private List<OrderItem> items = new ArrayList<>();
}
