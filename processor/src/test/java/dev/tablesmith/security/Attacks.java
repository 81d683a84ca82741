package dev.tablesmith.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import dev.tablesmith.testkit.SqliteDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The attack battery's harness: an entity with the attack in one annotation value, compiled with
 * the processor; then either a compile error (its text, file and line: the line holding the value)
 * and no file in the migration folder, or a migration that each engine applies beside a canary
 * table whose rows stay as they were.
 */
final class Attacks {
    private Attacks() {}

    /** The engines, with the dialect id that writes for each. */
    enum Engine {
        POSTGRESQL("postgresql"), MARIADB("mysql"), SQLITE("sqlite");

        final String dialect;

        Engine(String dialect) {
            this.dialect = dialect;
        }
    }

    /**
     * An entity {@code Victim} (table {@code victims}) with {@code typeAnnotations} on the class and
     * {@code members} in its body besides {@code id} and {@code note}.
     */
    static String victim(String typeAnnotations, String members) {
        return """
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.*;
                import java.util.*;
                %s
                @Entity
                public class Victim {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(length = 50) String note;
                    %s
                }
                """.formatted(typeAnnotations.contains("@Table(") ? typeAnnotations
                        : "@Table(name = \"victims\") " + typeAnnotations, members);
    }

    static JavaFileObject source(String text) {
        return TestCompiler.source(text);
    }

    /** Compiles for the given dialects into {@code folder}, with the rules that judge style off. */
    static Compilation compile(Path folder, List<Engine> engines, String... sources) {
        TestCompiler compiler = TestCompiler.writingTo(folder).option("tablesmith.rules", "off")
                .option("tablesmith.dialect", String.join(",", engines.stream().map(e -> e.dialect).toList()));
        return compiler.compileAll(Stream.of(sources).map(Attacks::source).toList());
    }

    /**
     * The compilation failed with an error holding {@code text}, in {@code Victim.java} on the line
     * that contains {@code lineMarker}, and the folder holds no file.
     */
    static void assertRejected(Compilation c, Path folder, String source, String text, String lineMarker) {
        assertEquals(Compilation.Status.FAILURE, c.status(), () -> "compiled: " + c.diagnostics());
        List<Diagnostic<? extends JavaFileObject>> errors = c.errors().stream()
                .filter(d -> d.getMessage(Locale.ROOT).contains(text)).toList();
        assertFalse(errors.isEmpty(), () -> "no error with '" + text + "' in " + c.errors());
        Diagnostic<? extends JavaFileObject> e = errors.get(0);
        assertTrue(e.getSource() != null && e.getSource().getName().endsWith("Victim.java"), () -> "file of " + e);
        String line = source.lines().skip(e.getLineNumber() - 1).findFirst().orElse("");
        assertTrue(line.contains(lineMarker), () -> "error on line " + e.getLineNumber() + " '" + line
                + "', expected the line with " + lineMarker + ": " + e.getMessage(Locale.ROOT));
        assertNoFiles(folder);
    }

    static void assertNoFiles(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> found = files.filter(Files::isRegularFile).toList();
            assertEquals(List.of(), found, "no file may be written");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh database on the engine, with the canary table and its rows. */
    static DataSource database(Engine engine, Path dir) {
        DataSource ds = switch (engine) {
            case POSTGRESQL -> PostgresServer.shared().newDatabase("attack");
            case MARIADB -> MariaDbServer.shared().newDatabase("attack");
            case SQLITE -> SqliteDatabase.create(dir.resolve("attack-" + System.nanoTime() + ".db"));
        };
        execute(ds, "CREATE TABLE canary (id INTEGER PRIMARY KEY, word VARCHAR(20) NOT NULL)",
                "INSERT INTO canary (id, word) VALUES (1, 'alpha')", "INSERT INTO canary (id, word) VALUES (2, 'beta')",
                "INSERT INTO canary (id, word) VALUES (3, 'gamma')");
        return ds;
    }

    /** Applies the engine's folder with Flyway (its sub-folder when several dialects were written). */
    static DataSource applyBesideCanary(Engine engine, Path folder, boolean severalDialects, Path work) {
        DataSource ds = database(engine, work);
        // the canary is there before the first migration: Flyway starts its history beside it
        org.flywaydb.core.Flyway configured = Migrations.flyway(ds, severalDialects ? folder.resolve(engine.dialect) : folder);
        org.flywaydb.core.Flyway.configure().configuration(configured.getConfiguration()).baselineOnMigrate(true)
                .baselineVersion("0").load().migrate();
        assertCanaryIntact(ds);
        return ds;
    }

    static void assertCanaryIntact(DataSource ds) {
        assertEquals(List.of("1 alpha", "2 beta", "3 gamma"),
                query(ds, "SELECT id, word FROM canary ORDER BY id"), "the canary's rows");
    }

    static List<String> query(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join(" ", cells));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static void execute(DataSource ds, String... statements) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A Java string literal for any text: quotes, backslashes and control characters escaped. */
    static String javaString(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    static JavaFileObject named(String name, String text) {
        return JavaFileObjects.forSourceString(name, text);
    }
}
