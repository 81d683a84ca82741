package mapping.idsandversions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Hibernate's own @UuidGenerator on a String id; a timestamp version. */
@Entity
@Table(name = "sessions")
public class Session {
    @Id
    @org.hibernate.annotations.UuidGenerator
    private String id;

    @Version
    private Instant version;
}
