package dev.tablesmith;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics a new user meets in the first hour: each says one thing once, where it is. */
class FirstHourDiagnosticsTest {
    @TempDir
    Path dir;

    static final JavaFileObject PARCEL = TestCompiler.source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "parcels")
            public class Parcel {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Deprecated // weighed at the counter now
                @Column(nullable = false) double weightKg;
                @Deprecated @Column(length = 20) String label;
            }
            """);

    @Test
    void deprecatingAPrimitiveFieldWarnsThatItCannotHoldTheNull() {
        Compilation c = TestCompiler.writingTo(dir).only("drop-needs-deprecation").compile(PARCEL);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1); // the boxed String field is fine
        assertThat(c).hadWarningContaining("field 'weightKg' is @Deprecated, so column parcels.weight_kg becomes "
                + "nullable, but a double cannot hold NULL: once a release stops writing it, Hibernate fails to load "
                + "the rows where it is NULL. Box it first (Double weightKg), then deprecate it "
                + "[drop-needs-deprecation]").inFile(PARCEL).onLineContaining("weighed at the counter");
    }

    static final JavaFileObject ORDER = TestCompiler.source("""
            package app;
            import jakarta.persistence.*;
            @Entity
            @Table(name = "order")
            public class Order {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
            }
            """);

    @Test
    void aReservedSingularTableNameIsOneFindingWithOneFix() {
        Compilation c = TestCompiler.validating().only("reserved-word", "table-plural").compile(ORDER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("table name 'order' should be plural, and is a reserved word in PostgreSQL, "
                + "MySQL/MariaDB and SQLite: use @Table(name = \"orders\") [table-plural]")
                .inFile(ORDER).onLineContaining("@Table(name = \"order\")");
    }

    @Test
    void withTablePluralOffTheReservedWordIsStillReported() {
        Compilation c = TestCompiler.validating().only("reserved-word").compile(ORDER);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("table name 'order' is a reserved word in PostgreSQL, MySQL/MariaDB and "
                + "SQLite: use @Table(name = \"orders\") [reserved-word]");
    }

    @Test
    void aTablePluralWarningDoesNotHideAReservedWordError() {
        Compilation c = TestCompiler.validating().only("reserved-word", "table-plural")
                .option("tablesmith.rule.table_plural", "warning").compile(ORDER);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[reserved-word]");
        assertEquals(1, c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).count());
    }

    static final JavaFileObject USER = TestCompiler.source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "users")
            public class User { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; }
            """);

    static JavaFileObject table(String className, String table) {
        return TestCompiler.source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "%s")
                public class %s { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; }
                """.formatted(table, className));
    }

    @Test
    void generatedMigrationNamesStayShortAndApart() throws IOException {
        assertThat(TestCompiler.writingTo(dir).only().compile(USER)).succeeded();
        assertThat(TestCompiler.writingTo(dir).only().option("tablesmith.version", "20260102000000").compile(USER,
                table("Reservation", "warehouse_inventory_reservations"),
                table("ReservationAudit", "warehouse_inventory_reservation_audits"))).succeeded();
        assertThat(TestCompiler.writingTo(dir).only().option("tablesmith.version", "20260103000000").compile(USER,
                table("Reservation", "warehouse_inventory_reservations"),
                table("ReservationAudit", "warehouse_inventory_reservation_audits"),
                table("ReservationHold", "warehouse_inventory_reservation_holds"),
                table("ReservationNote", "warehouse_inventory_reservation_notes"))).succeeded();
        List<String> ups = ups();
        assertEquals(3, ups.size(), ups.toString());
        String second = ups.get(1);
        String third = ups.get(2);
        for (String up : List.of(second, third)) {
            String description = up.substring(up.indexOf("__") + 2, up.length() - ".sql".length());
            assertTrue(description.length() <= 48, up);
            assertTrue(description.matches("create_warehouse_inventory_reservation_[0-9a-f]{6}"), up);
        }
        assertTrue(!second.substring(16).equals(third.substring(16)), "cut alike, still apart: " + ups);
    }

    private List<String> ups() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V")).sorted().toList();
        }
    }
}
