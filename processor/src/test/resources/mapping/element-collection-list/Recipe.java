package mapping.elementcollectionlist;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.Collection;
import java.util.List;

/** Element collections as lists: a bag has no key, a list with @OrderColumn is keyed by owner and order. */
@Entity
public class Recipe {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ElementCollection
    private List<String> notes;

    @ElementCollection
    @OrderColumn
    private List<String> steps;

    @ElementCollection
    @OrderColumn(name = "position")
    @Column(name = "grams", nullable = false)
    private List<Integer> weights;

    @ElementCollection
    @CollectionTable(name = "recipe_sources", joinColumns = @JoinColumn(name = "recipe_ref"))
    @Column(name = "url", length = 500)
    private Collection<String> sources;
}
