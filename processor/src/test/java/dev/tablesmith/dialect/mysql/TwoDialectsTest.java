package dev.tablesmith.dialect.mysql;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import dev.tablesmith.testkit.MariaDbServer;
import dev.tablesmith.testkit.Migrations;
import dev.tablesmith.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Atablesmith.dialect=postgresql,mysql}: one sub-folder per dialect, each applied by Flyway
 * on its own engine; and what only MySQL cannot write stops the build as a MySQL finding.
 */
class TwoDialectsTest {
    @TempDir
    Path migrations;

    private static final JavaFileObject ROOM = TestCompiler.source("""
            package app;

            import dev.tablesmith.annotations.*;
            import jakarta.persistence.*;

            /** A meeting room. */
            @Entity
            @Table(name = "rooms")
            @TableIndex(columns = "name DESC")
            @Allow(value = "standard-timestamps", reason = "about dialect folders")
            public class Room {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                /** Shown on the door. */
                @Column(nullable = false, length = 80, unique = true)
                private String name;
            }
            """);

    @Test
    void eachDialectGetsItsFolderAndItsEngineAppliesIt() {
        Compilation c = TestCompiler.writingTo(migrations).option("tablesmith.dialect", "postgresql,mysql").compile(ROOM);
        assertThat(c).succeeded();
        String up = "V20260101000000__create_rooms.sql";
        assertTrue(Files.exists(migrations.resolve("postgresql").resolve(up)));
        assertTrue(Files.exists(migrations.resolve("mysql").resolve(up)));
        assertEquals(List.of("20260101000000"),
                Migrations.migrate(PostgresServer.shared().newDatabase("two_pg"), migrations.resolve("postgresql")));
        assertEquals(List.of("20260101000000"),
                Migrations.migrate(MariaDbServer.shared().newDatabase("two_maria"), migrations.resolve("mysql")));
    }

    @Test
    void whatOnlyMySqlCannotWriteIsAMySqlError() {
        JavaFileObject booking = TestCompiler.source("""
                package app;

                import dev.tablesmith.annotations.*;
                import jakarta.persistence.*;

                @Entity
                @Table(name = "bookings")
                @Exclusion(name = "bookings_no_overlap", elements = {"room_id WITH ="})
                public class Booking {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Column(name = "room_id")
                    private Long roomId;
                }
                """);
        Compilation c = TestCompiler.validating().only().option("tablesmith.dialect", "postgresql,mysql").compile(booking);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("mysql: exclusion constraint 'bookings_no_overlap' has no MySQL/MariaDB form")
                .inFile(booking).onLineContaining("@Exclusion");
    }
}
