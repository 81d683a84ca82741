package mapping.onetoonesharedkey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** A one-to-one sharing its owner's primary key: @MapsId, @PrimaryKeyJoinColumn, and the inverse side. */
@Entity
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @OneToOne(mappedBy = "account")
    private Profile profile;
}
