package mapping.onetomanymappedby;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** The inverse side of a one-to-many: its @OrderColumn and @OnDelete land in the child's table. */
@Entity
public class Album {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToMany(mappedBy = "album")
    @OrderColumn(name = "track_no")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private List<Track> tracks;

    @OneToMany(mappedBy = "album")
    private Set<Review> reviews;
}
