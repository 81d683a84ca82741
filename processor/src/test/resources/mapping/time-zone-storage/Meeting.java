package mapping.timezonestorage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import org.hibernate.annotations.TimeZoneStorage;
import org.hibernate.annotations.TimeZoneStorageType;

/** Hibernate's @TimeZoneStorage for offset date-times. */
@Entity
public class Meeting {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TimeZoneStorage(TimeZoneStorageType.NORMALIZE)
    private OffsetDateTime local;

    @TimeZoneStorage(TimeZoneStorageType.NORMALIZE_UTC)
    private OffsetDateTime utc;

    // NATIVE: see the time-zone-storage-native case (not on MariaDB)
}
