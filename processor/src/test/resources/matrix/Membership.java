package matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.time.LocalDate;

@Entity
@IdClass(MembershipId.class)
public class Membership {
    @Id
    private Long clubId;

    @Id
    private Long personId;

    private LocalDate since;
}
