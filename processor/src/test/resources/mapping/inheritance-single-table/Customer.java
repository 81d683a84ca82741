package mapping.single;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.Table;

/** A second hierarchy, with an INTEGER discriminator of its own name. */
@Entity
@Table(name = "customers")
@Inheritance
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
@DiscriminatorValue("1")
public class Customer {
    @Id
    private Long id;

    private String name;
}
