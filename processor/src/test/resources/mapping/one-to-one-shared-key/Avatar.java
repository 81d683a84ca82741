package mapping.onetoonesharedkey;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
public class Avatar {
    @Id
    private Long id;

    @OneToOne
    @PrimaryKeyJoinColumn
    private Account account;

    private String url;
}
