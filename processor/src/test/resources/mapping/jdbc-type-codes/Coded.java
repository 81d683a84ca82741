package mapping.jdbctypecodes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Every @JdbcTypeCode Hibernate 6.6 writes DDL for on PostgreSQL, MariaDB and SQLite, with the Java type it pairs with. */
@Entity
public class Coded {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.BIT)
    private Boolean bitValue;

    @JdbcTypeCode(SqlTypes.BOOLEAN)
    private Boolean boolValue;

    @JdbcTypeCode(SqlTypes.TINYINT)
    private Integer tinyValue;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private Integer smallValue;

    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long integerValue;

    @JdbcTypeCode(SqlTypes.BIGINT)
    private Integer bigValue;

    @JdbcTypeCode(SqlTypes.REAL)
    private Double realValue;

    @JdbcTypeCode(SqlTypes.FLOAT)
    private Double floatingValue;

    @JdbcTypeCode(SqlTypes.DOUBLE)
    private Float doubledValue;

    @JdbcTypeCode(SqlTypes.NUMERIC)
    private BigDecimal numericValue;

    // SqlTypes.DECIMAL: see the jdbc-type-code-decimal case (not on SQLite)

    @JdbcTypeCode(SqlTypes.CHAR)
    private String charsValue;


    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String varcharValue;


    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String longVarcharValue;


    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String textValue;


    @JdbcTypeCode(SqlTypes.CLOB)
    private String clobValue;


    @JdbcTypeCode(SqlTypes.MATERIALIZED_CLOB)
    private String materializedClobValue;

    // the national character codes: see the jdbc-type-code-national case (not on SQLite)

    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] varbinaryValue;

    @JdbcTypeCode(SqlTypes.LONGVARBINARY)
    private byte[] longVarbinaryValue;

    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    private byte[] long32VarbinaryValue;

    @JdbcTypeCode(SqlTypes.BLOB)
    private byte[] blobValue;

    @JdbcTypeCode(SqlTypes.MATERIALIZED_BLOB)
    private byte[] materializedBlobValue;

    @JdbcTypeCode(SqlTypes.BINARY)
    private UUID binaryUuidValue;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID charUuidValue;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private UUID varcharUuidValue;

    @JdbcTypeCode(SqlTypes.UUID)
    private UUID uuidValue;

    @JdbcTypeCode(SqlTypes.DATE)
    private LocalDate dateValue;

    @JdbcTypeCode(SqlTypes.TIME)
    private LocalTime timeValue;

    @JdbcTypeCode(SqlTypes.TIME_UTC)
    private OffsetTime timeUtcValue;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private LocalDateTime timestampValue;

    @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC)
    private Instant timestampUtcValue;

    @JdbcTypeCode(SqlTypes.INSTANT)
    private Instant instantValue;

    @JdbcTypeCode(SqlTypes.DURATION)
    private Duration durationValue;

    // SqlTypes.JSON: see the jdbc-type-code-json case (not on MariaDB)

    @JdbcTypeCode(SqlTypes.INET)
    private InetAddress inetValue;

    @JdbcTypeCode(SqlTypes.SQLXML)
    private String xmlValue;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Integer varcharNumberValue;

    @JdbcTypeCode(SqlTypes.INTEGER)
    private Boolean intBooleanValue;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private Grade smallGradeValue;
}
