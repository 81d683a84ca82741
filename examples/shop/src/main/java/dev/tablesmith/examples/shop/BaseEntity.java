package dev.tablesmith.examples.shop;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A table with a generated numeric key and the standard timestamps. */
@MappedSuperclass
public abstract class BaseEntity extends Timestamped {
    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    public Long getId() {
        return id;
    }
}
