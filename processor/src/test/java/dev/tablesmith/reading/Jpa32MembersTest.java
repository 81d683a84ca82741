package dev.tablesmith.reading;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.processor.TablesmithProcessor;
import dev.tablesmith.runtime.TableColumn;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Catalog;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities compiled against Jakarta Persistence 3.2 (the jar the build copies to
 * {@code target/jakarta-persistence-3.2}; the rest of the suite compiles against 3.1): the new
 * {@code comment} and {@code check} members become comments and named checks, proven on
 * PostgreSQL; a non-empty {@code options} is refused on its value.
 */
class Jpa32MembersTest {
    static final Path JAR = Path.of("target/jakarta-persistence-3.2/jakarta.persistence-api-3.2.0.jar");

    @TempDir
    Path dir;

    @Test
    void commentAndCheckMembersAreWrittenAndHold() throws Exception {
        JavaFileObject entity = TestCompiler.source("""
                package app;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "rooms", comment = "Bookable rooms.",
                       check = @CheckConstraint(name = "rooms_floor_range", constraint = "floor BETWEEN 0 AND 99"))
                public class Room {
                    @Id Long id;
                    @Column(nullable = false, length = 40, comment = "Shown on the door.") String label;
                    @Column(nullable = false, check = @CheckConstraint(constraint = "seats > 0")) int seats;
                    int floor;
                }
                """);
        Path migrations = dir.resolve("migrations");
        Compilation c = compile(List.of("-Atablesmith.migrations=" + migrations, "-Atablesmith.version=20260101000000",
                "-Atablesmith.rules=off"), entity);
        assertThat(c).succeeded();
        String sql;
        try (Stream<Path> files = Files.list(migrations)) {
            Path up = files.filter(f -> f.getFileName().toString().startsWith("V")).findFirst().orElseThrow();
            sql = Files.readString(up);
        }
        assertTrue(sql.contains("CONSTRAINT rooms_floor_range CHECK (floor BETWEEN 0 AND 99)"), sql);
        assertTrue(sql.contains("CONSTRAINT rooms_seats_check CHECK (seats > 0)"), sql);
        assertTrue(sql.contains("COMMENT ON TABLE rooms IS 'Bookable rooms.';"), sql);
        assertTrue(sql.contains("COMMENT ON COLUMN rooms.label IS 'Shown on the door.';"), sql);

        DataSource db = PostgresServer.shared().newDatabase("jpa32");
        assertFalse(Migrations.migrate(db, migrations).isEmpty());
        Catalog.Table rooms = Catalog.read(db).requireTable("rooms");
        assertEquals("Bookable rooms.", rooms.comment());
        assertEquals("Shown on the door.", rooms.column("label").comment());
        assertEquals(List.of("rooms_floor_range", "rooms_seats_check"),
                rooms.checks().stream().map(Catalog.CheckConstraint::name).toList());
        Migrations.execute(db, "INSERT INTO rooms (id, label, seats, floor) VALUES (1, 'A', 2, 3)", true);
        assertThrowsSql(db, "INSERT INTO rooms (id, label, seats, floor) VALUES (2, 'B', 0, 3)");
        assertThrowsSql(db, "INSERT INTO rooms (id, label, seats, floor) VALUES (3, 'C', 2, 100)");
    }

    @Test
    void optionsAreRefusedOnTheirValue() throws Exception {
        JavaFileObject entity = TestCompiler.source("""
                package app;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "rooms", indexes = @Index(columnList = "label",
                        options = "WITH (fillfactor = 70)"))
                public class Room {
                    @Id Long id;
                    @Column(options = "COLLATE \\"C\\"") String label;
                }
                """);
        Compilation c = compile(List.of("-Atablesmith.mode=validate", "-Atablesmith.rules=off"), entity);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("@Index(options = \"WITH (fillfactor = 70)\") is raw SQL that Hibernate 7 "
                + "appends to its DDL; Tablesmith does not write it").inFile(entity)
                .onLineContaining("options = \"WITH (fillfactor = 70)\"");
        assertThat(c).hadErrorContaining("@Column(options = \"COLLATE \"C\"\")").inFile(entity)
                .onLineContaining("@Column(options");
    }

    private static void assertThrowsSql(DataSource db, String sql) {
        try {
            Migrations.execute(db, sql, true);
        } catch (RuntimeException expected) {
            return;
        }
        throw new AssertionError("the database accepted: " + sql);
    }

    /** javac with Jakarta Persistence 3.2 (and Tablesmith's runtime types, which generated code uses) alone on the class path. */
    private static Compilation compile(List<String> options, JavaFileObject... sources) throws URISyntaxException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: the build's maven-dependency-plugin copies it "
                + "(run the test through Maven)");
        File runtime = new File(TableColumn.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> all = new java.util.ArrayList<>(List.of("-Xlint:all,-processing"));
        all.addAll(options);
        return javac().withProcessors(new TablesmithProcessor()).withOptions(all)
                .withClasspath(List.of(JAR.toFile(), runtime)).compile(sources);
    }
}
