package mapping.precisionscale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

/** @Column(precision, scale) on types other than BigDecimal, as Hibernate applies them. */
@Entity
public class Reading {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(precision = 7)
    private Float singleDigits;

    @Column(precision = 8)
    private Float widened;

    @Column(precision = 15)
    private Double doubleDigits;

    @Column(precision = 10, scale = 3)
    private BigInteger scaledInteger;

    @Column(precision = 12)
    private BigDecimal wholeAmount;

    @Column(scale = 4)
    private BigDecimal scaleOnly;

    @Column(precision = 9)
    private Duration shortDuration;

    @Column(precision = 5, scale = 2)
    private Integer count;

    @Column(precision = 3)
    private Instant at;
}
