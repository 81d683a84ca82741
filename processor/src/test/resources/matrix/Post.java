package matrix;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

@Entity
public class Post {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    private Customer writtenBy;

    @ManyToMany
    private Set<Tag> tags;

    @ManyToMany
    private Set<Customer> watchers;

    @ElementCollection
    private Set<String> keywords;

    @ElementCollection
    @OrderColumn
    private List<String> aliases;
}
