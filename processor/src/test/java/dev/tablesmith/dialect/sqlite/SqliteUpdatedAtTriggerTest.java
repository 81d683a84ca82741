package dev.tablesmith.dialect.sqlite;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.CompiledClasses;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.HibernateSchema;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.Naming;
import dev.tablesmith.testkit.SqliteDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code updated_at} trigger on real SQLite, migrated by Flyway: an UPDATE that leaves
 * {@code updated_at} alone gets the current time; one that sets it keeps the value it set; and with
 * {@code recursive_triggers} on, the trigger's own UPDATE does not loop.
 */
class SqliteUpdatedAtTriggerTest {
    static final JavaFileObject NOTE = source("""
            package app;
            import jakarta.persistence.*;
            import java.time.Instant;
            import org.hibernate.annotations.CreationTimestamp;
            import org.hibernate.annotations.UpdateTimestamp;
            @Entity @Table(name = "notes")
            public class Note {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 200) String body;
                @CreationTimestamp @Column(nullable = false, updatable = false) Instant createdAt;
                @UpdateTimestamp @Column(nullable = false) Instant updatedAt;
            }
            """);

    static final String OLD = "2000-01-01 00:00:00.000";

    @TempDir
    Path dir;

    @Test
    void anUpdateSetsUpdatedAt() throws Exception {
        Path migrations = dir.resolve("migrations");
        Compilation compilation = TestCompiler.writingTo(migrations).option("tablesmith.dialect", "sqlite")
                .compile(NOTE);
        assertThat(compilation).succeeded();
        DataSource db = SqliteDatabase.create(dir.resolve("notes.db"));
        assertEquals(1, Migrations.migrate(db, migrations).size());
        CompiledClasses classes = new CompiledClasses(compilation);
        classes.with(() -> {
            HibernateSchema.validate(db, classes.entities(), Naming.SPRING);
            return null;
        });

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO notes (body) VALUES ('first')");
            String created = value(s, "SELECT created_at FROM notes WHERE id = 1");
            assertTrue(created.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}"), created);

            s.execute("UPDATE notes SET updated_at = '" + OLD + "' WHERE id = 1");
            assertEquals(OLD, value(s, "SELECT updated_at FROM notes WHERE id = 1"), "a value set by the writer stays");

            s.execute("UPDATE notes SET body = 'second' WHERE id = 1");
            String touched = value(s, "SELECT updated_at FROM notes WHERE id = 1");
            assertNotEquals(OLD, touched, "an update that leaves updated_at alone gets the current time");
            assertTrue(touched.compareTo(created) >= 0, touched + " before " + created);
            assertEquals("second", value(s, "SELECT body FROM notes WHERE id = 1"));

            s.execute("PRAGMA recursive_triggers = ON");
            s.execute("UPDATE notes SET updated_at = '" + OLD + "' WHERE id = 1");
            s.execute("UPDATE notes SET body = 'third' WHERE id = 1");
            assertNotEquals(OLD, value(s, "SELECT updated_at FROM notes WHERE id = 1"), "also with recursive triggers");
        }
    }

    private static String value(Statement s, String query) throws Exception {
        try (ResultSet rs = s.executeQuery(query)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
