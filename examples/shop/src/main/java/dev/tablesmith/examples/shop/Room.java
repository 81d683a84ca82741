package dev.tablesmith.examples.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Positive;

/** A meeting room that can be booked. */
@Entity
@Table(name = "rooms")
public class Room extends BaseEntity {
    @Column(nullable = false, unique = true, length = 100)
    private String name;

    /** Seats. */
    @Positive
    @Column(nullable = false)
    private int capacity;
}
