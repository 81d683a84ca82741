package dev.tablesmith.dialect.mysql;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code updated_at} on MariaDB: the column is written {@code ON UPDATE CURRENT_TIMESTAMP(6)}, so any
 * UPDATE that changes the row moves it, whoever runs it (no trigger: MySQL needs extra privileges
 * for one under binary logging). Proven for a table created with the column and for a column added
 * to an existing table (where the up restates the column with MODIFY).
 */
class MariaDbUpdatedAtTest {
    @TempDir
    Path migrations;

    private static final String NOTE_V1 = """
            package app;

            import jakarta.persistence.*;
            import java.time.Instant;
            import dev.tablesmith.annotations.Default;

            @Entity
            @Table(name = "notes")
            public class Note {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                @Column(nullable = false, length = 200)
                private String title;

                @Default("now()")
                @Column(name = "created_at", nullable = false)
                private Instant createdAt;
            %s}
            """;

    private static final String UPDATED_AT = """

                @Default("now()")
                @Column(name = "updated_at", nullable = false)
                private Instant updatedAt;
            """;

    private static final LocalDateTime LONG_AGO = LocalDateTime.of(2000, 1, 1, 0, 0);

    @Test
    void anUpdateMovesUpdatedAtOnATableCreatedWithIt() throws Exception {
        compile("20260101000000", NOTE_V1.formatted(UPDATED_AT));
        DataSource db = MariaDbServer.shared().newDatabase("updated_at_create");
        assertEquals(List.of("20260101000000"), Migrations.migrate(db, migrations));
        assertUpdateMovesUpdatedAt(db);
    }

    @Test
    void anUpdateMovesUpdatedAtAddedToAnExistingTable() throws Exception {
        compile("20260101000000", NOTE_V1.formatted(""));
        compile("20260102000000", NOTE_V1.formatted(UPDATED_AT));
        DataSource db = MariaDbServer.shared().newDatabase("updated_at_add");
        assertEquals(List.of("20260101000000", "20260102000000"), Migrations.migrate(db, migrations));
        assertUpdateMovesUpdatedAt(db);

        // the down takes ON UPDATE away with the column; the up brings both back
        Migrations.undo(db, migrations, "20260102000000");
        Migrations.migrate(db, migrations);
        assertUpdateMovesUpdatedAt(db);
    }

    private void compile(String version, String source) {
        assertThat(TestCompiler.writingTo(migrations).option("tablesmith.dialect", "mysql")
                .option("tablesmith.version", version).compile(TestCompiler.source(source))).succeeded();
    }

    private static void assertUpdateMovesUpdatedAt(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM notes");
            s.executeUpdate("INSERT INTO notes (title, updated_at) VALUES ('first', '2000-01-01 00:00:00')");
            assertEquals(LONG_AGO, updatedAt(s), "an INSERT keeps the value it is given");
            LocalDateTime before = now(s);
            s.executeUpdate("UPDATE notes SET title = 'second'");
            LocalDateTime after = updatedAt(s);
            assertTrue(!after.isBefore(before), "updated_at moved to the time of the UPDATE: " + after);
            s.executeUpdate("UPDATE notes SET title = 'third', updated_at = '2000-01-01 00:00:00'");
            assertEquals(LONG_AGO, updatedAt(s), "an explicit value wins, as Hibernate's @UpdateTimestamp expects");
        }
    }

    private static LocalDateTime updatedAt(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT updated_at FROM notes")) {
            assertTrue(rs.next());
            return rs.getObject(1, Timestamp.class).toLocalDateTime();
        }
    }

    private static LocalDateTime now(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT CURRENT_TIMESTAMP(6)")) {
            assertTrue(rs.next());
            return rs.getObject(1, Timestamp.class).toLocalDateTime();
        }
    }
}
