package mapping.idsandversions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** JPA's composite id without @EmbeddedId: an @Id typed with an @Embeddable. */
@Entity
@Table(name = "order_lines")
public class Line {
    @Id
    private LineKey key;

    private String note;
}
