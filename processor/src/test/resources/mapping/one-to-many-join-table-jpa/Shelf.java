package mapping.onetomanyjointablejpa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Unidirectional one-to-many without join column: a join table whose target column is unique; keyed by a set's elements, a list's order, a map's key. */
@Entity
public class Shelf {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToMany
    private List<Book> books;

    @OneToMany
    private Set<Magazine> magazines;

    @OneToMany
    @OrderColumn
    private List<Comic> comics;

    @OneToMany
    @MapKeyColumn(name = "slot")
    private Map<String, Atlas> atlases;

    @OneToMany
    @MapKey(name = "isbn")
    private Map<String, Novel> novelsByIsbn;
}
