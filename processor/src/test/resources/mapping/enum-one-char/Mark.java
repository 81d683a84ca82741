package mapping.enumonechar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A STRING enum in a column of length 1 is CHAR(1), as Hibernate 6.6 writes it. Not on MariaDB:
 * Hibernate expects its ENUM type there and its validator refuses a CHAR (it accepts a VARCHAR),
 * which Tablesmith does not tell apart yet.
 */
@Entity
public class Mark {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private Grade grade;
}
