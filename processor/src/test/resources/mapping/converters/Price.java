package mapping.converters;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** A converter on an embeddable's attribute. */
@Embeddable
public class Price {
    @Convert(converter = MoneyConverter.class)
    private Money amount;
    private String currency;
}
