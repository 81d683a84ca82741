package mapping.enumtypes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Enums as Hibernate 6.6 stores them: CHAR(1) for a STRING enum of length 1, TINYINT ordinals up to 128 constants. */
@Entity
public class Exam {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // a STRING enum in a column of length 1: see the enum-one-char case (not on MariaDB)

    @Enumerated(EnumType.STRING)
    private Grade named;

    private Grade ordinal;

    private Narrow narrow;

    private Wide wide;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Grade byCode;
}
