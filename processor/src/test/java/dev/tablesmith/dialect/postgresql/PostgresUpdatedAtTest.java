package dev.tablesmith.dialect.postgresql;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code updated_at} on real PostgreSQL, migrated by Flyway: the {@code BEFORE UPDATE} trigger sets
 * {@code now()} when the UPDATE leaves the column alone and keeps a value the UPDATE sets itself, as
 * MySQL's {@code ON UPDATE} and the SQLite trigger do (and as Hibernate's {@code @UpdateTimestamp},
 * which always writes the column, needs). Proven for a table created with the column and for the
 * column added to an existing table, and after the down and up again.
 */
class PostgresUpdatedAtTest {
    @TempDir
    Path migrations;

    private static final String NOTE = """
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

    private static final OffsetDateTime LONG_AGO = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theTriggerKeepsAnExplicitValueOnATableCreatedWithIt() throws Exception {
        compile("20260101000000", NOTE.formatted(UPDATED_AT));
        DataSource db = PostgresServer.shared().newDatabase("updated_at_create");
        assertEquals(List.of("20260101000000"), Migrations.migrate(db, migrations));
        assertUpdatedAtFollowsTheUpdate(db);
    }

    @Test
    void theTriggerKeepsAnExplicitValueOnAColumnAddedLater() throws Exception {
        compile("20260101000000", NOTE.formatted(""));
        compile("20260102000000", NOTE.formatted(UPDATED_AT));
        DataSource db = PostgresServer.shared().newDatabase("updated_at_add");
        assertEquals(List.of("20260101000000", "20260102000000"), Migrations.migrate(db, migrations));
        assertUpdatedAtFollowsTheUpdate(db);

        Migrations.undo(db, migrations, "20260102000000");
        Migrations.migrate(db, migrations);
        assertUpdatedAtFollowsTheUpdate(db);
    }

    private void compile(String version, String source) {
        assertThat(TestCompiler.writingTo(migrations).option("tablesmith.version", version)
                .compile(TestCompiler.source(source))).succeeded();
    }

    private static void assertUpdatedAtFollowsTheUpdate(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM notes");
            s.executeUpdate("INSERT INTO notes (title, updated_at) VALUES ('first', '2000-01-01 00:00:00+00')");
            assertEquals(LONG_AGO, updatedAt(s), "an INSERT keeps the value it is given");

            // now() is the transaction's start; in autocommit each statement is its own transaction
            OffsetDateTime before = now(s);
            s.executeUpdate("UPDATE notes SET title = 'second'");
            OffsetDateTime moved = updatedAt(s);
            assertTrue(!moved.isBefore(before), "an UPDATE that leaves updated_at alone gets now(): " + moved);

            s.executeUpdate("UPDATE notes SET title = 'third', updated_at = '2000-01-01 00:00:00+00'");
            assertEquals(LONG_AGO, updatedAt(s), "a value the UPDATE sets itself is kept (@UpdateTimestamp)");

            s.executeUpdate("UPDATE notes SET title = 'fourth', updated_at = updated_at");
            assertTrue(updatedAt(s).isAfter(LONG_AGO), "setting the column to its old value counts as leaving it alone");
        }
    }

    private static OffsetDateTime updatedAt(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT updated_at FROM notes")) {
            assertTrue(rs.next());
            return rs.getObject(1, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
        }
    }

    private static OffsetDateTime now(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT now()")) {
            assertTrue(rs.next());
            return rs.getObject(1, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
        }
    }
}
