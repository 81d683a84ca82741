package dev.tablesmith.test.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tablesmith.test.catalog.Engine;
import org.junit.jupiter.api.Test;

class SqlTextTest {

    private static void same(Engine engine, String written, String database) {
        assertEquals(SqlText.canonical(written, engine), SqlText.canonical(database, engine), written + " vs " + database);
    }

    private static void different(Engine engine, String a, String b) {
        assertNotEquals(SqlText.canonical(a, engine), SqlText.canonical(b, engine), a + " vs " + b);
    }

    @Test
    void postgresqlsCastsAnyArrayAndParenthesesGo() {
        same(Engine.POSTGRESQL, "status IN ('PENDING', 'PAID')",
                "((status)::text = ANY ((ARRAY['PENDING'::character varying, 'PAID'::character varying])::text[]))");
        same(Engine.POSTGRESQL, "status NOT IN ('X')", "((status)::text <> ALL ((ARRAY['X'::character varying])::text[]))");
        same(Engine.POSTGRESQL, "'light'", "'light'::character varying");
        same(Engine.POSTGRESQL, "'{}'", "'{}'::jsonb");
        same(Engine.POSTGRESQL, "price >= 0", "(price >= (0)::numeric)");
        same(Engine.POSTGRESQL, "status = 'PENDING'", "((status)::text = 'PENDING'::text)");
        same(Engine.POSTGRESQL, "lower(email)", "lower((email)::text)");
        same(Engine.POSTGRESQL, "name LIKE 'a%'", "((name)::text ~~ 'a%'::text)");
        same(Engine.POSTGRESQL, "created_at", "created_at::timestamp(6) with time zone");
    }

    @Test
    void mariaDbsQuotesBitsAndBooleans() {
        same(Engine.MARIADB, "trim(name) <> ''", "trim(`name`) <> ''");
        same(Engine.MARIADB, "status IN ('A', 'B')", "`status` in ('A','B')");
        same(Engine.MARIADB, "1", "b'1'");
        same(Engine.MARIADB, "true", "1");
        same(Engine.MARIADB, "CURRENT_TIMESTAMP(6)", "current_timestamp(6)");
        same(Engine.MARIADB, "'it''s'", "'it\\'s'");
    }

    @Test
    void numbersAndSpacingAreCanonical() {
        same(Engine.SQLITE, "0", "0.00");
        same(Engine.SQLITE, "(strftime('%Y-%m-%d %H:%M:%f', 'now'))", "strftime( '%Y-%m-%d %H:%M:%f' ,'now' )");
        same(Engine.SQLITE, "\"name\" <> ''", "name<>''");
        assertEquals("trim(name) <> ''", SqlText.canonical("TRIM( name )  <>  ''", Engine.SQLITE));
        assertEquals("status in ('A', 'B')", SqlText.canonical("status IN ('A','B')", Engine.SQLITE));
    }

    @Test
    void whatDiffersStaysDifferent() {
        different(Engine.POSTGRESQL, "price >= 0", "price > 0");
        different(Engine.POSTGRESQL, "'pending'", "'PENDING'");
        different(Engine.SQLITE, "(a + b) * c", "a + b * c");
        different(Engine.POSTGRESQL, "lower(email)", "upper(email)");
        different(Engine.MARIADB, "status IN ('A', 'B')", "status IN ('A')");
        different(Engine.POSTGRESQL, "x IS NULL", "x IS NOT NULL");
    }
}
