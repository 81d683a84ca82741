package dev.tablesmith.examples.shop;

/** Where an order is in its life. */
public enum OrderStatus {
    PENDING,
    PAID,
    SHIPPED,
    COMPLETED,
    CANCELLED
}
