package mapping.single;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class CardPayment extends Audited {
    /** Declared NOT NULL: only for card payments' rows. */
    @Column(nullable = false, length = 4)
    private String last4;

    private int expiryYear;

    @ManyToOne(optional = false)
    private Customer customer;
}
