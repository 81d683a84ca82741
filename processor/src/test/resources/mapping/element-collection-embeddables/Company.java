package mapping.elementcollectionembeddables;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

/** Embeddables in element collections: a set is keyed only when all its columns are NOT NULL, as in Hibernate. */
@Entity
public class Company {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ElementCollection
    private List<Address> offices;

    @ElementCollection
    @AttributeOverride(name = "city", column = @Column(name = "town", nullable = false, length = 60))
    private Set<Address> warehouses;

    @ElementCollection
    private Set<GeoPoint> sites;

    @ElementCollection
    @OrderColumn
    private List<GeoPoint> route;
}
