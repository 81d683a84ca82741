package mapping.derivedidentity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Derived identity: @Id on a relation, alone and as an @IdClass of two relations. */
@Entity
public class Wallet {
    @Id
    @OneToOne
    private Customer owner;

    private long balanceCents;
}
