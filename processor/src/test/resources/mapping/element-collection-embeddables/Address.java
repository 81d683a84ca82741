package mapping.elementcollectionembeddables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    private String street;
    @Column(nullable = false, length = 80)
    private String city;
    @Column(length = 10)
    private String zip;
}
