package matrix;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Line {
    @EmbeddedId
    private LineKey key;

    private String text;
}
