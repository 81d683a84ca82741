package dev.tablesmith.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.dialect.Sql;
import dev.tablesmith.security.Attacks.Engine;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Literals are escaped for each engine: table, column and index comments holding quotes,
 * backslashes, dollar quotes, comment markers, line breaks, control characters, emoji and a
 * Flyway placeholder are stored exactly as written (SQLite, which keeps comments as {@code --}
 * lines of the table's SQL, keeps them on one line); defaults and checks with such text apply as
 * written; the canary and its rows stay.
 */
class LiteralAttacksTest {
    /** Every character class that has broken a literal or a comment line somewhere. */
    static final String NASTY = "it's \"quoted\" C:\\temp\\ \\' $$ $tag$ */ /* -- not a comment\nDROP TABLE canary;"
            + "\r\n\ttab \u0001 ctrl \u2028 sep 😀 emoji ${flyway:user} end\\";

    @TempDir
    Path dir;

    static String entity() {
        String nasty = Attacks.javaString(NASTY);
        return """
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.*;
                @Entity @Table(name = "victims")
                @Comment(%s)
                @TableIndex(columns = "note", reason = %s)
                @Check(name = "victims_note_check", value = "note <> 'x */ $$ 😀 -- y'")
                public class Victim {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Comment(%s) @Column(length = 50) String note;
                    @Default("'a ''quoted'' $$ */ 😀 -- text'") @Column(nullable = false, length = 50) String label;
                }
                """.formatted(nasty, nasty, nasty);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void commentsDefaultsAndChecksAreStoredAsWritten(Engine engine) {
        Compilation c = Attacks.compile(dir, List.of(engine), entity());
        assertEquals(Compilation.Status.SUCCESS, c.status(), c.diagnostics()::toString);
        DataSource ds = Attacks.applyBesideCanary(engine, dir, false, dir);
        Attacks.execute(ds, "INSERT INTO victims (note) VALUES ('n')");
        assertEquals(List.of("a 'quoted' $$ */ 😀 -- text"), Attacks.query(ds, "SELECT label FROM victims"));
        switch (engine) {
            case POSTGRESQL -> {
                assertEquals(List.of(NASTY), Attacks.query(ds, "SELECT obj_description('victims'::regclass, 'pg_class')"));
                assertEquals(List.of(NASTY), Attacks.query(ds, "SELECT col_description('victims'::regclass, "
                        + "(SELECT attnum FROM pg_attribute WHERE attrelid = 'victims'::regclass AND attname = 'note'))"));
                assertEquals(List.of(NASTY), Attacks.query(ds,
                        "SELECT obj_description('idx_victims_note'::regclass, 'pg_class')"));
            }
            case MARIADB -> {
                // MariaDB keeps comments in utf8mb3: characters outside the BMP (emoji) become '?' (a known limit)
                String NASTY = LiteralAttacksTest.NASTY.replace("😀", "?");
                assertEquals(List.of(NASTY), Attacks.query(ds, "SELECT TABLE_COMMENT FROM information_schema.TABLES "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'victims'"));
                assertEquals(List.of(NASTY), Attacks.query(ds, "SELECT COLUMN_COMMENT FROM information_schema.COLUMNS "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'victims' AND COLUMN_NAME = 'note'"));
                assertEquals(List.of(NASTY), Attacks.query(ds, "SELECT INDEX_COMMENT FROM information_schema.STATISTICS "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'victims' AND INDEX_NAME = 'idx_victims_note'"));
            }
            case SQLITE -> {
                String table = Attacks.query(ds, "SELECT sql FROM sqlite_master WHERE name = 'victims'").get(0);
                assertTrue(table.contains("-- victims: " + Sql.commentLine(NASTY) + "\n"), table);
                assertTrue(table.contains("-- note: " + Sql.commentLine(NASTY) + "\n"), table);
            }
        }
    }
}
