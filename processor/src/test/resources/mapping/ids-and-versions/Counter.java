package mapping.idsandversions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "counters")
public class Counter {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counter_ids")
    @SequenceGenerator(name = "counter_ids", sequenceName = "counter_id_seq", initialValue = 100, allocationSize = 10)
    private Long id;

    @Version
    private int version;
}
