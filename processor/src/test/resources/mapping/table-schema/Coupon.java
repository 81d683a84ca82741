package mapping.tableschema;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Its implicit sequence is in the default schema, as Hibernate puts it. */
@Entity
@Table(name = "coupons", schema = "sales")
public class Coupon {
    @Id
    @GeneratedValue
    private Long id;
}
