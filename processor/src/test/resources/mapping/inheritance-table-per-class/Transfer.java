package mapping.tablePerClass;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A key to the hierarchy has no table to reference (Hibernate writes none); one to a leaf has. */
@Entity
@Table(name = "transfers")
public class Transfer {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    private Account source;

    @ManyToOne
    private SavingsAccount target;
}
