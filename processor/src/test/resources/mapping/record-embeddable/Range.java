package mapping.recordembeddable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A Java record as an embeddable: its components are the columns. */
@Embeddable
public record Range(@Column(name = "starts_on", nullable = false) LocalDate start, LocalDate until) {
}
