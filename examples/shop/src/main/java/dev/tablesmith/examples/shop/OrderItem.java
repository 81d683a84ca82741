package dev.tablesmith.examples.shop;

import dev.tablesmith.annotations.Denormalized;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** One product line of an order; deleted with its order (Hibernate's own {@code @OnDelete} works too). */
@Entity
@Table(name = "order_items")
@NamedNativeQuery(name = "OrderItem.lines", query = "SELECT i.id, i.quantity, i.unit_price, p.sku, p.name "
        + "FROM order_items i JOIN products p ON p.id = i.product_id WHERE i.order_id = ?")
public class OrderItem extends BaseEntity {
    @ManyToOne(optional = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Order order;

    @ManyToOne(optional = false)
    private Product product;

    @Positive
    @Column(nullable = false)
    private int quantity;

    /** Price of one unit when the order was placed. */
    @Denormalized(reason = "copied from products.price at checkout, which may change later")
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal unitPrice;
}
