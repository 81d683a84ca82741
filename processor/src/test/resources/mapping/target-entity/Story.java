package mapping.targetentity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.Set;

/** targetEntity on a declared type that is not the entity. */
@Entity
public class Story {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(targetEntity = Author.class)
    private Named author;

    @ManyToMany(targetEntity = Genre.class)
    private Set<Named> genres;

    @OneToMany(targetEntity = Author.class)
    @JoinColumn(name = "inspired_by")
    private Set<Object> inspired;
}
