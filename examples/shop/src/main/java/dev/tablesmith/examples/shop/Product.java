package dev.tablesmith.examples.shop;

import dev.tablesmith.annotations.Default;
import dev.tablesmith.annotations.IndexMethod;
import dev.tablesmith.annotations.TableIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Things for sale. */
@Entity
@Table(name = "products")
@TableIndex(columns = "tags", using = IndexMethod.GIN, reason = "tag filters: WHERE tags @> ARRAY['sale']")
@TableIndex(columns = "metadata", using = IndexMethod.GIN, reason = "attribute filters: WHERE metadata @> '{\"color\": \"red\"}'")
public class Product extends BaseEntity {
    /** Stock keeping unit, printed on labels. */
    @Column(nullable = false, unique = true, length = 64)
    private String sku;

    @NotBlank
    @Column(nullable = false, length = 200)
    private String name;

    /** Current list price. */
    @Positive
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    /** Free-form labels such as 'sale' or 'new'. */
    private String[] tags;

    /** Attributes that differ by product type (colour, size, ...). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Default("'{}'")
    @Column(nullable = false)
    private Map<String, Object> metadata = Map.of();

    @ManyToMany
    @JoinTable(name = "product_categories",
            joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<Category> categories = new HashSet<>();
}
