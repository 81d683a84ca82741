package mapping.derivedidentity;

import java.io.Serializable;
import java.util.Objects;

public class FavouriteKey implements Serializable {
    private Long customer;
    private String product;

    @Override
    public boolean equals(Object o) {
        return o instanceof FavouriteKey k && Objects.equals(customer, k.customer) && Objects.equals(product, k.product);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customer, product);
    }
}
