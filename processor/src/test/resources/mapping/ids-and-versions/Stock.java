package mapping.idsandversions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** @IdClass: the key columns are the entity's own @Id fields. */
@Entity
@Table(name = "stocks")
@IdClass(StockKey.class)
public class Stock {
    @Id
    private String warehouse;

    @Id
    private String sku;

    private int quantity;
}
