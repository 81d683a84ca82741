package dev.tablesmith.reading;

import java.util.Map;

/**
 * Hibernate 6.6's {@code org.hibernate.type.SqlTypes} codes (a superset of {@code java.sql.Types}),
 * copied so the processor needs no Hibernate on its path; {@link TypeMapper#byTypeCode} says which
 * of them Hibernate writes DDL for on PostgreSQL, MariaDB and SQLite.
 */
final class SqlTypeCodes {
    private SqlTypeCodes() {}

    static final int BIT = -7;
    static final int TINYINT = -6;
    static final int SMALLINT = 5;
    static final int INTEGER = 4;
    static final int BIGINT = -5;
    static final int FLOAT = 6;
    static final int REAL = 7;
    static final int DOUBLE = 8;
    static final int NUMERIC = 2;
    static final int DECIMAL = 3;
    static final int CHAR = 1;
    static final int VARCHAR = 12;
    static final int LONGVARCHAR = -1;
    static final int LONG32VARCHAR = 4001;
    static final int DATE = 91;
    static final int TIME = 92;
    static final int TIMESTAMP = 93;
    static final int BINARY = -2;
    static final int VARBINARY = -3;
    static final int LONGVARBINARY = -4;
    static final int LONG32VARBINARY = 4003;
    static final int NULL = 0;
    static final int OTHER = 1111;
    static final int JAVA_OBJECT = 2000;
    static final int DISTINCT = 2001;
    static final int STRUCT = 2002;
    static final int ARRAY = 2003;
    static final int TABLE = 4000;
    static final int BLOB = 2004;
    static final int CLOB = 2005;
    static final int REF = 2006;
    static final int DATALINK = 70;
    static final int BOOLEAN = 16;
    static final int ROWID = -8;
    static final int NCHAR = -15;
    static final int NVARCHAR = -9;
    static final int LONGNVARCHAR = -16;
    static final int LONG32NVARCHAR = 4002;
    static final int NCLOB = 2011;
    static final int SQLXML = 2009;
    static final int REF_CURSOR = 2012;
    static final int TIME_WITH_TIMEZONE = 2013;
    static final int TIMESTAMP_WITH_TIMEZONE = 2014;
    static final int UUID = 3000;
    static final int JSON = 3001;
    static final int INET = 3002;
    static final int TIMESTAMP_UTC = 3003;
    static final int MATERIALIZED_BLOB = 3004;
    static final int MATERIALIZED_CLOB = 3005;
    static final int MATERIALIZED_NCLOB = 3006;
    static final int TIME_UTC = 3007;
    static final int INSTANT = 3008;
    static final int LOCAL_DATE_TIME = 3009;
    static final int LOCAL_DATE = 3010;
    static final int LOCAL_TIME = 3011;
    static final int OFFSET_DATE_TIME = 3012;
    static final int OFFSET_TIME = 3013;
    static final int ZONED_DATE_TIME = 3014;
    static final int DURATION = 3015;
    static final int STRUCT_ARRAY = 3016;
    static final int STRUCT_TABLE = 3017;
    static final int JSON_ARRAY = 3018;
    static final int XML_ARRAY = 3019;
    static final int INTERVAL_SECOND = 3100;
    static final int GEOMETRY = 3200;
    static final int POINT = 3201;
    static final int GEOGRAPHY = 3250;
    static final int ENUM = 6000;
    static final int NAMED_ENUM = 6001;
    static final int ORDINAL_ENUM = 6002;
    static final int NAMED_ORDINAL_ENUM = 6003;
    static final int VECTOR = 10000;
    static final int VECTOR_INT8 = 10001;
    static final int VECTOR_FLOAT32 = 10002;
    static final int VECTOR_FLOAT64 = 10003;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(BIT, "BIT"),
            Map.entry(TINYINT, "TINYINT"),
            Map.entry(SMALLINT, "SMALLINT"),
            Map.entry(INTEGER, "INTEGER"),
            Map.entry(BIGINT, "BIGINT"),
            Map.entry(FLOAT, "FLOAT"),
            Map.entry(REAL, "REAL"),
            Map.entry(DOUBLE, "DOUBLE"),
            Map.entry(NUMERIC, "NUMERIC"),
            Map.entry(DECIMAL, "DECIMAL"),
            Map.entry(CHAR, "CHAR"),
            Map.entry(VARCHAR, "VARCHAR"),
            Map.entry(LONGVARCHAR, "LONGVARCHAR"),
            Map.entry(LONG32VARCHAR, "LONG32VARCHAR"),
            Map.entry(DATE, "DATE"),
            Map.entry(TIME, "TIME"),
            Map.entry(TIMESTAMP, "TIMESTAMP"),
            Map.entry(BINARY, "BINARY"),
            Map.entry(VARBINARY, "VARBINARY"),
            Map.entry(LONGVARBINARY, "LONGVARBINARY"),
            Map.entry(LONG32VARBINARY, "LONG32VARBINARY"),
            Map.entry(NULL, "NULL"),
            Map.entry(OTHER, "OTHER"),
            Map.entry(JAVA_OBJECT, "JAVA_OBJECT"),
            Map.entry(DISTINCT, "DISTINCT"),
            Map.entry(STRUCT, "STRUCT"),
            Map.entry(ARRAY, "ARRAY"),
            Map.entry(TABLE, "TABLE"),
            Map.entry(BLOB, "BLOB"),
            Map.entry(CLOB, "CLOB"),
            Map.entry(REF, "REF"),
            Map.entry(DATALINK, "DATALINK"),
            Map.entry(BOOLEAN, "BOOLEAN"),
            Map.entry(ROWID, "ROWID"),
            Map.entry(NCHAR, "NCHAR"),
            Map.entry(NVARCHAR, "NVARCHAR"),
            Map.entry(LONGNVARCHAR, "LONGNVARCHAR"),
            Map.entry(LONG32NVARCHAR, "LONG32NVARCHAR"),
            Map.entry(NCLOB, "NCLOB"),
            Map.entry(SQLXML, "SQLXML"),
            Map.entry(REF_CURSOR, "REF_CURSOR"),
            Map.entry(TIME_WITH_TIMEZONE, "TIME_WITH_TIMEZONE"),
            Map.entry(TIMESTAMP_WITH_TIMEZONE, "TIMESTAMP_WITH_TIMEZONE"),
            Map.entry(UUID, "UUID"),
            Map.entry(JSON, "JSON"),
            Map.entry(INET, "INET"),
            Map.entry(TIMESTAMP_UTC, "TIMESTAMP_UTC"),
            Map.entry(MATERIALIZED_BLOB, "MATERIALIZED_BLOB"),
            Map.entry(MATERIALIZED_CLOB, "MATERIALIZED_CLOB"),
            Map.entry(MATERIALIZED_NCLOB, "MATERIALIZED_NCLOB"),
            Map.entry(TIME_UTC, "TIME_UTC"),
            Map.entry(INSTANT, "INSTANT"),
            Map.entry(LOCAL_DATE_TIME, "LOCAL_DATE_TIME"),
            Map.entry(LOCAL_DATE, "LOCAL_DATE"),
            Map.entry(LOCAL_TIME, "LOCAL_TIME"),
            Map.entry(OFFSET_DATE_TIME, "OFFSET_DATE_TIME"),
            Map.entry(OFFSET_TIME, "OFFSET_TIME"),
            Map.entry(ZONED_DATE_TIME, "ZONED_DATE_TIME"),
            Map.entry(DURATION, "DURATION"),
            Map.entry(STRUCT_ARRAY, "STRUCT_ARRAY"),
            Map.entry(STRUCT_TABLE, "STRUCT_TABLE"),
            Map.entry(JSON_ARRAY, "JSON_ARRAY"),
            Map.entry(XML_ARRAY, "XML_ARRAY"),
            Map.entry(INTERVAL_SECOND, "INTERVAL_SECOND"),
            Map.entry(GEOMETRY, "GEOMETRY"),
            Map.entry(POINT, "POINT"),
            Map.entry(GEOGRAPHY, "GEOGRAPHY"),
            Map.entry(ENUM, "ENUM"),
            Map.entry(NAMED_ENUM, "NAMED_ENUM"),
            Map.entry(ORDINAL_ENUM, "ORDINAL_ENUM"),
            Map.entry(NAMED_ORDINAL_ENUM, "NAMED_ORDINAL_ENUM"),
            Map.entry(VECTOR, "VECTOR"),
            Map.entry(VECTOR_INT8, "VECTOR_INT8"),
            Map.entry(VECTOR_FLOAT32, "VECTOR_FLOAT32"),
            Map.entry(VECTOR_FLOAT64, "VECTOR_FLOAT64"));

    /** {@code SqlTypes.<NAME>} for a code, or the number when it is none of them. */
    static String name(int code) {
        String name = NAMES.get(code);
        return name != null ? "SqlTypes." + name : String.valueOf(code);
    }
}
