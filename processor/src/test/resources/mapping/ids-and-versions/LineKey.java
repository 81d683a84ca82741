package mapping.idsandversions;

import jakarta.persistence.Embeddable;

@Embeddable
public class LineKey {
    private Long orderId;
    private Integer lineNo;
}
