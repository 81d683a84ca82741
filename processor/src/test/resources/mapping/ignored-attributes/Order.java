package mapping.ignoredattributes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Formula;

/** @Formula, @Transient, transient and static attributes have no column. */
@Entity
@Table(name = "orders")
public class Order {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int quantity;

    @Formula("quantity * 2")
    private int doubled;

    @Transient
    private String scratch;

    private transient String cache;

    private static String constant = "x";
}
