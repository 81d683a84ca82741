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
import java.util.Map;
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
    private Boolean bit;

    @JdbcTypeCode(SqlTypes.BOOLEAN)
    private Boolean bool;

    @JdbcTypeCode(SqlTypes.TINYINT)
    private Integer tiny;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private Integer small;

    @JdbcTypeCode(SqlTypes.INTEGER)
    private Long integer;

    @JdbcTypeCode(SqlTypes.BIGINT)
    private Integer big;

    @JdbcTypeCode(SqlTypes.REAL)
    private Double real;

    @JdbcTypeCode(SqlTypes.FLOAT)
    private Double floating;

    @JdbcTypeCode(SqlTypes.DOUBLE)
    private Float doubled;

    @JdbcTypeCode(SqlTypes.NUMERIC)
    private BigDecimal numeric;

    @JdbcTypeCode(SqlTypes.DECIMAL)
    private BigDecimal decimal;

    @JdbcTypeCode(SqlTypes.CHAR)
    private String chars;

    @JdbcTypeCode(SqlTypes.NCHAR)
    private String nchars;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String varchar;

    @JdbcTypeCode(SqlTypes.NVARCHAR)
    private String nvarchar;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String longVarchar;

    @JdbcTypeCode(SqlTypes.LONGNVARCHAR)
    private String longNvarchar;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String text;

    @JdbcTypeCode(SqlTypes.LONG32NVARCHAR)
    private String ntext;

    @JdbcTypeCode(SqlTypes.CLOB)
    private String clob;

    @JdbcTypeCode(SqlTypes.NCLOB)
    private String nclob;

    @JdbcTypeCode(SqlTypes.MATERIALIZED_CLOB)
    private String materializedClob;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] varbinary;

    @JdbcTypeCode(SqlTypes.LONGVARBINARY)
    private byte[] longVarbinary;

    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    private byte[] long32Varbinary;

    @JdbcTypeCode(SqlTypes.BLOB)
    private byte[] blob;

    @JdbcTypeCode(SqlTypes.MATERIALIZED_BLOB)
    private byte[] materializedBlob;

    @JdbcTypeCode(SqlTypes.BINARY)
    private UUID binaryUuid;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID charUuid;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private UUID varcharUuid;

    @JdbcTypeCode(SqlTypes.UUID)
    private UUID uuid;

    @JdbcTypeCode(SqlTypes.DATE)
    private LocalDate date;

    @JdbcTypeCode(SqlTypes.TIME)
    private LocalTime time;

    @JdbcTypeCode(SqlTypes.TIME_UTC)
    private OffsetTime timeUtc;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    private LocalDateTime timestamp;

    @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC)
    private Instant timestampUtc;

    @JdbcTypeCode(SqlTypes.INSTANT)
    private Instant instant;

    @JdbcTypeCode(SqlTypes.DURATION)
    private Duration duration;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> json;

    @JdbcTypeCode(SqlTypes.INET)
    private InetAddress inet;

    @JdbcTypeCode(SqlTypes.SQLXML)
    private String xml;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Integer varcharNumber;

    @JdbcTypeCode(SqlTypes.INTEGER)
    private Boolean intBoolean;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private Grade smallGrade;
}
