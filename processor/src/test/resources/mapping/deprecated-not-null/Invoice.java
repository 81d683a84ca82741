package mapping.deprecatednotnull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** @Deprecated never drops a declared NOT NULL silently. */
@Entity
public class Invoice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Deprecated as Java API; the column keeps its declared NOT NULL. */
    @Deprecated
    @Column(nullable = false)
    private String number;

    /** Deprecated without a NOT NULL declaration: nullable, the first phase of a drop. */
    @Deprecated
    private String fax;
}
