package mapping.tableschema;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/** A table in a second schema, with its secondary table, join table and sequence there too. */
@Entity
@Table(name = "orders", schema = "sales", indexes = @Index(columnList = "note"))
@SecondaryTable(name = "order_notes", schema = "sales", pkJoinColumns = @PrimaryKeyJoinColumn(name = "order_id"))
public class Order {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_ids")
    @SequenceGenerator(name = "order_ids", sequenceName = "order_ids", schema = "sales", allocationSize = 20)
    private Long id;

    @Column(length = 200)
    private String note;

    @Column(table = "order_notes", length = 2000)
    private String details;

    @ManyToOne(optional = false)
    private Customer customer;

    @ManyToMany
    @JoinTable(name = "order_coupons", schema = "sales")
    private List<Coupon> coupons;
}
