package mapping.jdbctypecodejson;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * {@code @JdbcTypeCode(SqlTypes.JSON)}: jsonb on PostgreSQL, a CLOB on SQLite. Not on MariaDB:
 * its JSON is an alias of LONGTEXT and reads back as longtext, which Hibernate 6.6's validator
 * refuses for a JSON attribute even on the table Hibernate created itself.
 */
@Entity
public class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> jsonValue;
}
