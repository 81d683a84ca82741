package dev.tablesmith.model;

/**
 * A dialect-neutral column type. Each dialect renders it; {@link Kind#CUSTOM} carries a raw
 * {@code columnDefinition} that is emitted verbatim.
 *
 * @param length characters for CHAR/VARCHAR; bytes (or characters) for BINARY, FIXED_BINARY, BLOB
 *     and CLOB when declared (MySQL picks the type by it), else null
 * @param precision digits for DECIMAL, fractional seconds for TIME/TIMESTAMP, else null
 * @param scale digits after the point for DECIMAL, else null
 * @param element element type of an ARRAY, else null
 * @param custom raw SQL type for CUSTOM, else null
 */
public record ColumnType(Kind kind, Integer length, Integer precision, Integer scale,
        ColumnType element, String custom) {

    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, null, null, null, null, null);
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(Kind.VARCHAR, length, null, null, null, null);
    }

    public static ColumnType chars(int length) {
        return new ColumnType(Kind.CHAR, length, null, null, null, null);
    }

    /** A binary, blob or clob kind with a declared length, or null for the dialect's default. */
    public static ColumnType sized(Kind kind, Integer length) {
        return new ColumnType(kind, length, null, null, null, null);
    }

    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(Kind.DECIMAL, null, precision, scale, null, null);
    }

    public static ColumnType temporal(Kind kind, int fractionalDigits) {
        return new ColumnType(kind, null, fractionalDigits, null, null, null);
    }

    public static ColumnType arrayOf(ColumnType element) {
        return new ColumnType(Kind.ARRAY, null, null, null, element, null);
    }

    public static ColumnType custom(String sql) {
        return new ColumnType(Kind.CUSTOM, null, null, null, null, sql);
    }

    public boolean isTextual() {
        return kind == Kind.VARCHAR || kind == Kind.CHAR || kind == Kind.TEXT;
    }

    /** The logical kinds a dialect must render. */
    public enum Kind {
        BOOLEAN,
        /** Hibernate's TINYINT: {@code byte} and ordinal enums of up to 128 constants (SMALLINT on PostgreSQL). */
        TINYINT,
        SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL,
        CHAR, VARCHAR, TEXT, CLOB,
        /** Variable-length bytes ({@code byte[]}): BYTEA, VARBINARY(n), BLOB. */
        BINARY,
        /** Fixed-length bytes ({@code @JdbcTypeCode(SqlTypes.BINARY)}): MySQL's zero-padded BINARY(n). */
        FIXED_BINARY,
        BLOB,
        DATE, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ, INTERVAL,
        UUID, JSON,
        /** {@code java.net.InetAddress}: PostgreSQL's INET, VARBINARY(19) or BLOB elsewhere. */
        INET,
        /** {@code SqlTypes.SQLXML}: PostgreSQL's XML, a text type elsewhere. */
        XML,
        ARRAY, CUSTOM
    }
}
