package mapping.elementcollectionmap;

import jakarta.persistence.Embeddable;

@Embeddable
public class Dimensions {
    private Integer width;
    private Integer height;
}
