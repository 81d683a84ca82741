package dev.tablesmith.examples.taskboard;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** Every table records when a row was created and last changed. */
@MappedSuperclass
public abstract class Timestamped {
    /** When the row was inserted. */
    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    /** When the row was last changed; Hibernate sets it, and a trigger does for every other writer. */
    @UpdateTimestamp
    @Column(nullable = false)
    private Instant updatedAt;

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
