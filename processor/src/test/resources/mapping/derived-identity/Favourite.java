package mapping.derivedidentity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;

@Entity
@IdClass(FavouriteKey.class)
public class Favourite {
    @Id
    @ManyToOne
    private Customer customer;

    @Id
    @ManyToOne
    private Product product;

    private int stars;
}
