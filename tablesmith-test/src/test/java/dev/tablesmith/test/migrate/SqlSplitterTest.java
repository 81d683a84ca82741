package dev.tablesmith.test.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.test.catalog.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    @Test
    void splitsOnTopLevelSemicolons() {
        assertEquals(List.of("CREATE TABLE a (id int)", "DROP TABLE b"),
                SqlSplitter.split("CREATE TABLE a (id int);\n\nDROP TABLE b;\n"));
        assertEquals(List.of("SELECT 1", "SELECT 2"), SqlSplitter.split("SELECT 1;SELECT 2"));
        assertEquals(List.of(), SqlSplitter.split(" ;; \n -- only a comment\n /* and ; another */ ;"));
    }

    @Test
    void singleQuotedStringsWithDoubledQuotes() {
        String sql = "INSERT INTO t VALUES ('it''s; fine', ';');\nCOMMENT ON TABLE t IS 'a '';'' b';";
        assertEquals(List.of("INSERT INTO t VALUES ('it''s; fine', ';')", "COMMENT ON TABLE t IS 'a '';'' b'"),
                SqlSplitter.split(sql));
    }

    @Test
    void backslashIsLiteralInStandardStringsButEscapesInEStrings() {
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 2"), SqlSplitter.split("SELECT 'C:\\'; SELECT 2;"));
        assertEquals(List.of("SELECT E'a\\';b'", "SELECT 2"), SqlSplitter.split("SELECT E'a\\';b'; SELECT 2;"));
    }

    @Test
    void dollarQuotedFunctionBodies() {
        String fn = """
                CREATE FUNCTION touch() RETURNS trigger AS $$
                BEGIN
                  NEW.updated_at := now(); -- a comment; with semicolon
                  RAISE NOTICE 'x;y';
                  RETURN NEW;
                END;
                $$ LANGUAGE plpgsql""";
        String tagged = "DO $body$ BEGIN PERFORM 1; PERFORM $$;$$; END $body$";
        List<String> parts = SqlSplitter.split(fn + ";\n" + tagged + ";\nSELECT $1::int, a$b FROM t;");
        assertEquals(List.of(fn, tagged, "SELECT $1::int, a$b FROM t"), parts);
    }

    @Test
    void commentsAreSkippedButCommentedCodeIsKept() {
        String sql = """
                -- header; with semicolon
                /* block; /* nested; */ still comment; */
                CREATE TABLE "we;ird" (id int); -- trailing; comment
                SELECT 1 /* inline; */ + 1
                -- final comment without newline""";
        assertEquals(List.of("CREATE TABLE \"we;ird\" (id int)", "SELECT 1 /* inline; */ + 1"), SqlSplitter.split(sql));
    }

    @Test
    void mariadbRules() {
        String sql = "INSERT INTO `a;b` VALUES ('x\\';y', \"q;\\\"\"); # hash; comment\nSELECT $$;";
        assertEquals(List.of("INSERT INTO `a;b` VALUES ('x\\';y', \"q;\\\"\")", "SELECT $$"),
                SqlSplitter.split(sql, Engine.MARIADB));
    }

    @Test
    void sqliteTriggerBodyIsOneStatement() {
        String trigger = """
                CREATE TRIGGER touch AFTER UPDATE ON t FOR EACH ROW WHEN NEW.a IS OLD.a
                BEGIN
                    UPDATE t SET a = CASE WHEN b > 0 THEN 1 ELSE 2 END WHERE rowid = NEW.rowid;
                    SELECT 1;
                END""";
        String sql = "CREATE TABLE t (a int, b int);\n" + trigger + ";\nCREATE TEMP TRIGGER x AFTER DELETE ON t BEGIN SELECT 1; END;"
                + "\nSAVEPOINT s; RELEASE s;";
        assertEquals(List.of("CREATE TABLE t (a int, b int)", trigger,
                "CREATE TEMP TRIGGER x AFTER DELETE ON t BEGIN SELECT 1; END", "SAVEPOINT s", "RELEASE s"),
                SqlSplitter.split(sql, Engine.SQLITE));
    }

    @Test
    void unterminatedQuotesFail() {
        assertThrows(IllegalArgumentException.class, () -> SqlSplitter.split("SELECT 'abc"));
        assertThrows(IllegalArgumentException.class, () -> SqlSplitter.split("DO $$ BEGIN"));
        assertThrows(IllegalArgumentException.class, () -> SqlSplitter.split("/* open"));
    }
}
