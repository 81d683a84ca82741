package mapping.elementcollectionmap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.MapKeyTemporal;
import jakarta.persistence.TemporalType;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

/** Maps as element collections: keyed by owner and map key (a basic, enum, date, entity or embeddable key). */
@Entity
public class Item {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ElementCollection
    private Map<String, String> attributes;

    @ElementCollection
    @CollectionTable(name = "item_labels")
    @MapKeyColumn(name = "lang", length = 5)
    @Column(name = "label", length = 100, nullable = false)
    private Map<String, String> labels;

    @ElementCollection
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Size, Integer> stockBySize;

    @ElementCollection
    private Map<Size, Integer> priceBySize;

    @ElementCollection
    @MapKeyTemporal(TemporalType.DATE)
    private Map<Date, String> history;

    @ElementCollection
    private Map<LocalDate, Dimensions> dimensionsByDate;

    @ElementCollection
    @MapKeyJoinColumn(name = "warehouse_id")
    private Map<Warehouse, Integer> stockByWarehouse;

    @ElementCollection
    private Map<Warehouse, String> notesByWarehouse;

    @ElementCollection
    private Map<Locale2, String> names;
}
