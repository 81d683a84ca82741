package mapping.onetoonesharedkey;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

@Entity
public class Profile {
    @Id
    private Long id;

    @OneToOne
    @MapsId
    private Account account;

    private String bio;
}
