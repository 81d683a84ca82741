package mapping.jdbctypecodenational;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The national character codes. Not on SQLite: Hibernate's SQLiteDialect spells them nchar,
 * nvarchar, nclob and its validator wants those names, while Tablesmith's model writes the plain
 * character types (no national variant yet).
 */
@Entity
public class Titled {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.NCHAR)
    private String ncharsValue;

    @JdbcTypeCode(SqlTypes.NVARCHAR)
    private String nvarcharValue;

    @JdbcTypeCode(SqlTypes.LONGNVARCHAR)
    private String longNvarcharValue;

    @JdbcTypeCode(SqlTypes.LONG32NVARCHAR)
    private String ntextValue;

    @JdbcTypeCode(SqlTypes.NCLOB)
    private String nclobValue;
}
