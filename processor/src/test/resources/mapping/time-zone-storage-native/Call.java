package mapping.timezonestoragenative;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TimeZoneStorage;
import org.hibernate.annotations.TimeZoneStorageType;

/**
 * {@code @TimeZoneStorage(NATIVE)}. Not on MariaDB: Hibernate expects MariaDB's TIMESTAMP type
 * there (TIMESTAMP_WITH_TIMEZONE), which Tablesmith's model has no kind for yet; it writes DATETIME.
 */
@Entity
public class Call {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TimeZoneStorage(TimeZoneStorageType.NATIVE)
    private OffsetDateTime withZone;
}
