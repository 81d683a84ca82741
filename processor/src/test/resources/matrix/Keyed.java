package matrix;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A generic superclass: the key's type comes from the subclass. */
@MappedSuperclass
public abstract class Keyed<K> extends Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private K id;
}
