package mapping.recordembeddable;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.List;

/** Records as @Embeddable values, embedded and in a collection. */
@Entity
public class Booking {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private Range stay;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "paid_from"))
    @AttributeOverride(name = "until", column = @Column(name = "paid_until"))
    private Range paid;

    @ElementCollection
    private List<Range> blackouts;
}
