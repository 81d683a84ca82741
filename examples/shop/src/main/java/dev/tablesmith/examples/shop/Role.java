package dev.tablesmith.examples.shop;

/** What a user may do. */
public enum Role {
    CUSTOMER,
    SUPPORT,
    ADMIN
}
