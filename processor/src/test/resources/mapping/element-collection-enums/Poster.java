package mapping.elementcollectionenums;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

/** Enums in element collections, by name and by ordinal. */
@Entity
public class Poster {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    private Set<Colour> colours;

    @ElementCollection
    private Set<Colour> ordinalColours;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    @OrderColumn
    private List<Colour> palette;
}
