package mapping.elementcollectionembeddables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class GeoPoint {
    @Column(nullable = false)
    private Double lat;
    @Column(nullable = false)
    private Double lng;
}
