package dev.tablesmith.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** The handbook's standard columns: when a row was created and last changed. */
@MappedSuperclass
public abstract class Timestamped {
    /** When the row was inserted. */
    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    /** When the row was last changed; the database keeps it current for every writer. */
    @UpdateTimestamp
    @Column(nullable = false)
    private Instant updatedAt;
}
