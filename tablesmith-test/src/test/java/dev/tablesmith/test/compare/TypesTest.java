package dev.tablesmith.test.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.test.catalog.Engine;
import org.junit.jupiter.api.Test;

class TypesTest {

    /** The snapshot type and the engine's catalog type mean the same: both sides come out equal. */
    private static void matches(Engine engine, String snapshot, String catalog) {
        assertEquals(Types.stored(engine, snapshot), Types.neutral(engine, Types.canonical(engine, catalog), snapshot),
                engine + ": " + snapshot + " vs " + catalog);
    }

    @Test
    void postgresql() {
        matches(Engine.POSTGRESQL, "timestamp_tz(6)", "timestamp with time zone");
        matches(Engine.POSTGRESQL, "timestamp_tz", "timestamp(6) with time zone");
        matches(Engine.POSTGRESQL, "timestamp(3)", "timestamp(3) without time zone");
        matches(Engine.POSTGRESQL, "varchar(255)", "character varying(255)");
        matches(Engine.POSTGRESQL, "decimal(10,2)", "numeric(10,2)");
        matches(Engine.POSTGRESQL, "double", "double precision");
        matches(Engine.POSTGRESQL, "json", "jsonb");
        matches(Engine.POSTGRESQL, "clob", "oid");
        matches(Engine.POSTGRESQL, "array<varchar(255)>", "character varying(255)[]");
        matches(Engine.POSTGRESQL, "custom:TEXT", "text");
        matches(Engine.POSTGRESQL, "custom:int8", "bigint");
        matches(Engine.POSTGRESQL, "interval", "interval second(6)");
        assertEquals("varchar(300)", Types.neutral(Engine.POSTGRESQL, Types.canonical(Engine.POSTGRESQL,
                "character varying(300)"), "varchar(255)"));
        assertEquals("timestamp(6)", Types.neutral(Engine.POSTGRESQL, Types.canonical(Engine.POSTGRESQL,
                "timestamp without time zone"), "timestamp_tz(6)"));
    }

    @Test
    void mariaDb() {
        matches(Engine.MARIADB, "timestamp_tz(6)", "datetime(6)");
        matches(Engine.MARIADB, "timestamp(6)", "datetime(6)");
        matches(Engine.MARIADB, "bigint", "bigint(20)");
        matches(Engine.MARIADB, "integer", "int(11)");
        matches(Engine.MARIADB, "boolean", "bit(1)");
        matches(Engine.MARIADB, "text", "longtext");
        matches(Engine.MARIADB, "binary", "varbinary(255)");
        matches(Engine.MARIADB, "interval", "decimal(21,0)");
        matches(Engine.MARIADB, "decimal(10,2)", "decimal(10,2)");
        assertEquals("timestamp_tz(3)", Types.neutral(Engine.MARIADB, "datetime(3)", "timestamp_tz(6)"));
        assertEquals("custom:tinyint(1)", Types.neutral(Engine.MARIADB, Types.canonical(Engine.MARIADB, "tinyint(1)"), "boolean"));
    }

    @Test
    void sqliteKeepsNoPrecisionOfTimestamps() {
        matches(Engine.SQLITE, "timestamp_tz(6)", "TIMESTAMP");
        assertEquals("timestamp_tz", Types.stored(Engine.SQLITE, "timestamp_tz(6)"));
        matches(Engine.SQLITE, "decimal(10,2)", "NUMERIC(10, 2)");
        matches(Engine.SQLITE, "uuid", "BLOB");
        matches(Engine.SQLITE, "array<integer>", "BLOB");
        matches(Engine.SQLITE, "double", "FLOAT");
        matches(Engine.SQLITE, "text", "CLOB");
        assertEquals("varchar(20)", Types.neutral(Engine.SQLITE, Types.canonical(Engine.SQLITE, "VARCHAR(20)"), "varchar(13)"));
    }
}
