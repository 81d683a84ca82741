package mapping.single;

import jakarta.persistence.MappedSuperclass;

/** State between two entities of the hierarchy: it belongs to the subclass below it. */
@MappedSuperclass
public abstract class Audited extends Payment {
    private String reference;
}
