package mapping.derivedidentity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class Badge {
    @Id
    @ManyToOne
    @JoinColumn(name = "holder_id")
    private Customer holder;

    private String label;
}
