package mapping.elementcollectionmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A composite map key. */
@Embeddable
public class Locale2 {
    @Column(length = 2)
    private String language;
    @Column(length = 2)
    private String region;
}
