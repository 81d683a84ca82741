package mapping.converters;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.TrueFalseConverter;
import org.hibernate.type.YesNoConverter;

/** @Convert: the column has the converter's database type (generic converters too), on attributes, embeddables and collections. */
@Entity
public class Listing {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = MoneyConverter.class)
    private Money deposit;

    @Convert(converter = LevelConverter.class)
    @Column(length = 1)
    private Level level;

    @Convert(converter = CsvConverter.class)
    @Column(length = 1000)
    private List<String> keywords;

    @Convert(converter = YesNoConverter.class)
    private Boolean furnished;

    @Convert(converter = TrueFalseConverter.class)
    private boolean petsAllowed;

    @Convert(converter = NumericBooleanConverter.class)
    private Boolean shared;

    @Embedded
    private Price price;

    @ElementCollection
    @Convert(converter = MoneyConverter.class)
    private List<Money> fees;

    @ElementCollection
    @Convert(attributeName = "key", converter = LevelConverter.class)
    private Map<Level, String> notesByLevel;
}
