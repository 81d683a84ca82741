package mapping.joined;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** References a subclass: the key goes to the subclass's table. */
@Entity
@Table(name = "garages")
public class Garage {
    @Id
    private Long id;

    @ManyToOne
    private Truck truck;
}
