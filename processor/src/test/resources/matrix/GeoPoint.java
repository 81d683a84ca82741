package matrix;

import jakarta.persistence.Embeddable;

@Embeddable
public class GeoPoint {
    private Double latitude;
    private Double longitude;
}
