package matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Address {
    @Column(length = 120)
    private String street;

    private String city;

    @Embedded
    private GeoPoint location;
}
