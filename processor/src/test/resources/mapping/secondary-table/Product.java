package mapping.secondarytable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

/** One entity, two tables: the rarely read texts live beside the product, keyed by its id. */
@Entity
@Table(name = "products")
@SecondaryTable(name = "product_texts", pkJoinColumns = @PrimaryKeyJoinColumn(name = "product_id"))
@SecondaryTable(name = "product_stats")
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(table = "product_texts", length = 4000)
    private String description;

    @Column(table = "product_texts", length = 200)
    private String tagline;

    @Column(table = "product_stats")
    private Long views;
}
