package dev.tablesmith.reading;

/** The {@code java.sql.Types} / Hibernate {@code SqlTypes} codes Tablesmith maps. */
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
    static final int NCHAR = -15;
    static final int NVARCHAR = -9;
    static final int LONG32VARCHAR = 4001;
    static final int LONG32NVARCHAR = 4002;
    static final int DATE = 91;
    static final int TIME = 92;
    static final int TIMESTAMP = 93;
    static final int TIMESTAMP_WITH_TIMEZONE = 2014;
    static final int TIMESTAMP_UTC = 3003;
    static final int BINARY = -2;
    static final int VARBINARY = -3;
    static final int LONG32VARBINARY = 4003;
    static final int ARRAY = 2003;
    static final int BLOB = 2004;
    static final int CLOB = 2005;
    static final int BOOLEAN = 16;
    static final int UUID = 3000;
    static final int JSON = 3001;
    static final int INTERVAL_SECOND = 3100;
}
