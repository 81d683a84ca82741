package dev.tablesmith.examples.shop;

import dev.tablesmith.annotations.OnDelete;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.PositiveOrZero;

/** Units on hand per product. */
@Entity
@Table(name = "inventory")
public class Inventory extends BaseEntity {
    @OneToOne(optional = false)
    @JoinColumn(name = "product_id")
    @OnDelete(OnDelete.Action.CASCADE)
    private Product product;

    /** Units in the warehouse; never negative. */
    @PositiveOrZero
    @Column(nullable = false)
    private int quantity;
}
