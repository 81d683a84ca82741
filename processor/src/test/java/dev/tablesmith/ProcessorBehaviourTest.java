package dev.tablesmith;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.io.ByteSource;
import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees: files written once, deterministically; clear errors on the right line, and then no files. */
class ProcessorBehaviourTest {
    @TempDir
    Path dir;

    static final JavaFileObject USER = source("""
            package app;
            import jakarta.persistence.*;
            /** People. */
            @Entity @Table(name = "users")
            public class User {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 100) String email;
            }
            """);

    static final JavaFileObject ORDER = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "orders")
            public class Order {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @ManyToOne(optional = false) User user;
            }
            """);

    @Test
    void writesUpDownAndSnapshotAndCopiesToClassOutput() throws IOException {
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.name", "create_shop").compile(USER, ORDER);
        assertThat(c).succeeded();
        assertEquals(List.of("U20260101000000__create_shop.sql", "V20260101000000__create_shop.sql",
                "schema.md", "tablesmith-snapshot.json"), list(dir));
        assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "db/migration/V20260101000000__create_shop.sql");
        assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "db/migration/U20260101000000__create_shop.sql");
        // the whole folder, as the resources plugin copies it in later builds
        assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "db/migration/tablesmith-snapshot.json")
                .hasContents(ByteSource.wrap(Files.readAllBytes(dir.resolve("tablesmith-snapshot.json"))));
        assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "db/migration/schema.md")
                .hasContents(ByteSource.wrap(Files.readAllBytes(dir.resolve("schema.md"))));
        String up = Files.readString(dir.resolve("V20260101000000__create_shop.sql"));
        assertTrue(up.indexOf("CREATE TABLE users") < up.indexOf("CREATE TABLE orders"), "referenced table first");
        assertTrue(up.contains("CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)"));
    }

    @Test
    void secondBuildWithTheSameModelTouchesNothing() throws Exception {
        assertThat(TestCompiler.writingTo(dir).compile(USER, ORDER)).succeeded();
        Map<String, byte[]> before = contents(dir);
        FileTime stamp = FileTime.fromMillis(1_000_000L);
        for (String name : before.keySet()) {
            Files.setLastModifiedTime(dir.resolve(name), stamp);
        }
        // a different version and source order: still nothing to write
        Compilation again = TestCompiler.writingTo(dir).option("tablesmith.version", "20270101000000").compile(ORDER, USER);
        assertThat(again).succeeded();
        Map<String, byte[]> after = contents(dir);
        assertEquals(before.keySet(), after.keySet());
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name);
            assertEquals(stamp, Files.getLastModifiedTime(dir.resolve(name)), name + " was rewritten");
            // the class output gets the folder again: an incremental compile deletes what the last one wrote
            assertThat(again).generatedFile(StandardLocation.CLASS_OUTPUT, "db/migration/" + name)
                    .hasContents(ByteSource.wrap(before.get(name)));
        }
    }

    /** The clock is read once per compilation: every dialect's folder gets the same version. */
    @RepeatedTest(3)
    void everyDialectGetsTheSameVersionFromTheClock() throws IOException {
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", "")
                .option("tablesmith.dialect", "postgresql,mysql,sqlite").compile(USER, ORDER);
        assertThat(c).succeeded();
        List<List<String>> ups = new java.util.ArrayList<>();
        for (String dialect : List.of("postgresql", "mysql", "sqlite")) {
            ups.add(list(dir.resolve(dialect)).stream().filter(n -> n.startsWith("V")).toList());
        }
        assertEquals(1, ups.get(0).size(), "one up file: " + ups);
        assertEquals(ups.get(0), ups.get(1), "postgresql vs mysql");
        assertEquals(ups.get(0), ups.get(2), "postgresql vs sqlite");
    }

    @Test
    void outputIsByteForByteDeterministic() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        Path first = Files.createDirectory(dir.resolve("first"));
        assertThat(TestCompiler.writingTo(first).compile(USER, ORDER)).succeeded();
        assertThat(TestCompiler.writingTo(other).compile(ORDER, USER)).succeeded();
        Map<String, byte[]> a = contents(first);
        Map<String, byte[]> b = contents(other);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
        String snapshot = new String(a.get("tablesmith-snapshot.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(snapshot.contains("\r"), "line endings must be \\n");
        assertFalse(snapshot.contains(dir.toString()), "no absolute paths in output");
    }

    @Test
    void unknownIndexColumnIsReportedOnTheValueAndNothingIsWritten() throws IOException {
        JavaFileObject bad = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.TableIndex;
                @Entity @Table(name = "events")
                @TableIndex(columns = {"kind", "happend_at"})
                public class Event {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    String kind;
                    java.time.Instant happenedAt;
                }
                """);
        Compilation c = TestCompiler.writingTo(dir).compile(bad);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("@TableIndex names column 'happend_at', which table 'events' does not have; "
                + "its columns are: id, kind, happened_at [invalid-mapping]")
                .inFile(bad).onLineContaining("@TableIndex(columns");
        assertEquals(List.of(), list(dir), "no file may be written after an error");
    }

    @Test
    void unsupportedMappingsAreCompileErrorsOnTheirElement() {
        JavaFileObject base = source("""
                package app;
                import jakarta.persistence.*;
                @Entity public class Animal { @Id Long id; }
                """);
        JavaFileObject sub = source("""
                package app;
                import jakarta.persistence.*;
                @Entity public class Dog extends Animal { String name; }
                """);
        JavaFileObject owner = source("""
                package app;
                import jakarta.persistence.*;
                import java.util.List;
                @Entity public class Kennel {
                    @Id Long id;
                    @OneToMany List<Dog> dogs;
                    @Column(columnDefinition = "") Object blob;
                }
                """);
        Compilation c = TestCompiler.validating().compile(base, sub, owner);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("entity inheritance (Dog extends @Entity Animal) is not supported yet")
                .inFile(sub).onLineContaining("class Dog");
        assertThat(c).hadErrorContaining("unidirectional @OneToMany 'dogs' is not supported yet")
                .inFile(owner).onLineContaining("List<Dog> dogs");
        assertThat(c).hadErrorContaining("attribute 'blob': no column type for java.lang.Object")
                .inFile(owner).onLineContaining("Object blob");
    }

    @Test
    void unresolvedTypeLeavesOnlyJavacsError() {
        JavaFileObject broken = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "invoices")
                public class Invoice {
                    @Id Long id;
                    Money total;
                }
                """);
        Compilation c = TestCompiler.writingTo(dir).compile(broken);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("cannot find symbol").inFile(broken).onLineContaining("Money total");
    }

    @Test
    void badOptionsAreReportedWithTheFix() {
        Compilation c = TestCompiler.validating().option("tablesmith.naming", "camel")
                .option("tablesmith.dialect", "oracle").option("tablesmith.rule.no_such_rule", "off").compile(USER);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("-Atablesmith.naming=camel is unknown: use spring or jpa [options]");
        assertThat(c).hadErrorContaining("-Atablesmith.dialect=oracle is not a dialect this version writes");
        assertThat(c).hadErrorContaining("-Atablesmith.rule.no_such_rule names no rule: valid ids are");
    }

    @Test
    void validateModeWritesNothing() throws IOException {
        // USER has no created_at/updated_at: that warning is not what this test is about
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.mode", "validate")
                .option("tablesmith.rule.standard_timestamps", "off").compile(USER);
        assertThat(c).succeededWithoutWarnings();
        assertEquals(List.of(), list(dir));
    }

    @Test
    void aVersionNotAfterTheNewestIsRefused() throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(USER)).succeeded();
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", "20250101000000").compile(USER, ORDER);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("is not after the newest one, 20260101000000");
        assertEquals(4, list(dir).size()); // up, down, snapshot, schema.md
    }

    @Test
    void hibernateAnnotationsAreHonouredByName() throws IOException {
        JavaFileObject entity = source("""
                package app;
                import jakarta.persistence.*;
                import org.hibernate.annotations.*;
                @Entity @jakarta.persistence.Table(name = "notes")
                @Comment("Short notes")
                @Check(name = "notes_body_short", constraints = "length(body) < 500")
                public class Note {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Comment("The text") @ColumnDefault("'empty'") String body;
                    @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) Note parent;
                    @JdbcTypeCode(org.hibernate.type.SqlTypes.JSON) java.util.Map<String, Object> extra;
                }
                """);
        assertThat(TestCompiler.writingTo(dir).compile(entity)).succeeded();
        String up = Files.readString(dir.resolve("V20260101000000__create_notes.sql"));
        assertTrue(up.contains("COMMENT ON TABLE notes IS 'Short notes';"), up);
        assertTrue(up.contains("COMMENT ON COLUMN notes.body IS 'The text';"), up);
        assertTrue(up.contains("CONSTRAINT notes_body_short CHECK (length(body) < 500)"), up);
        assertTrue(up.contains("body VARCHAR(255) DEFAULT 'empty'"), up);
        assertTrue(up.contains("REFERENCES notes (id) ON DELETE CASCADE"), up);
        assertTrue(up.contains("extra JSONB"), up);
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        for (String name : new ArrayList<>(list(dir))) {
            out.put(name, Files.readAllBytes(dir.resolve(name)));
        }
        return out;
    }
}
