package mapping.jdbctypecodedecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * {@code @JdbcTypeCode(SqlTypes.DECIMAL)}. Not on SQLite: Hibernate's validator there wants the
 * type spelled {@code decimal}, while Tablesmith's one decimal type is written NUMERIC (which
 * SQLite's driver reports under another name), so the validator refuses it.
 */
@Entity
public class Priced {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private BigDecimal numericValue;

    @JdbcTypeCode(SqlTypes.DECIMAL)
    private BigDecimal decimalValue;
}
