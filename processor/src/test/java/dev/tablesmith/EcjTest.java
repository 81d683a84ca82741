package dev.tablesmith;

import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.EcjCompiler;
import dev.tablesmith.testing.Golden;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under Eclipse's compiler (ecj) behaves as under javac: the same diagnostics with
 * the same text on the same line (also for values of nested annotations), nothing for compliant
 * sources, and the same migration files, byte for byte.
 */
class EcjTest {
    /** The rules these cases are about; the others are off so each fixture shows one finding. */
    static final String[] SCOPE = {"primary-key-required", "fk-target-entity"};

    @TempDir
    Path dir;

    static final JavaFileObject USER = ProcessorBehaviourTest.USER;
    static final JavaFileObject ORDER = ProcessorBehaviourTest.ORDER;

    static final JavaFileObject NO_KEY = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "notes")
            public class Note {
                String body;
            }
            """);

    static final JavaFileObject NOT_AN_ENTITY = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "shops")
            public class Shop {
                @Id Long id;
                @ManyToOne
                Address address;
            }
            """);

    static final JavaFileObject ADDRESS = source("""
            package app;
            public class Address { String street; }
            """);

    /** The wrong column is the second index's value, two lines below the annotation. */
    static final JavaFileObject INDEX_VALUE = source("""
            package app;
            import jakarta.persistence.*;
            @Entity
            @Table(name = "events", indexes = {
                    @Index(name = "idx_events_kind", columnList = "kind"),
                    @Index(name = "idx_events_happened_at", columnList = "happend_at")
            })
            public class Event {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                String kind;
                java.time.Instant happenedAt;
            }
            """);

    static final JavaFileObject ALLOWS = source("""
            package app;
            import jakarta.persistence.*;
            import dev.tablesmith.annotations.Allow;
            @Entity @Table(name = "notes")
            @Allow(value = "primary-key-required", reason = "append-only log")
            public class Note {
                String body;
                @Allow(value = "no-such-rule",
                       reason = "misspelt")
                String title;
                @Allow(value = "fk-target-entity", reason = "")
                @ManyToOne Address address;
            }
            """);

    @Test
    void ruleOnAClass() {
        assertSameDiagnostics(EcjCompiler.validating(dir).only(SCOPE), TestCompiler.validating().only(SCOPE), 1, NO_KEY);
    }

    @Test
    void ruleOnAField() {
        assertSameDiagnostics(EcjCompiler.validating(dir).only(SCOPE), TestCompiler.validating().only(SCOPE), 1, NOT_AN_ENTITY, ADDRESS);
    }

    @Test
    void findingOnAnAnnotationValue() {
        List<String> ecj = assertSameDiagnostics(EcjCompiler.validating(dir).only(SCOPE), TestCompiler.validating().only(SCOPE), 1, INDEX_VALUE);
        assertTrue(ecj.get(0).startsWith("ERROR Event.java:6 "), "on the value's line: " + ecj);
    }

    /** Written twice, an annotation is one synthesized container to javac: the value is still found. */
    static final JavaFileObject REPEATED_INDEXES = source("""
            package app;
            import jakarta.persistence.*;
            import dev.tablesmith.annotations.TableIndex;
            @Entity @Table(name = "users")
            @TableIndex(columns = {"email",
                    "nmae"})
            @TableIndex(name = "users_by_name",
                    columns = "name")
            public class User {
                @Id Long id;
                @Column(length = 100) String email;
                @Column(length = 100) String name;
            }
            """);

    /**
     * javac places both on their values; ecj places the name on its value too, but an element of an
     * array inside a repeated annotation only on that annotation's first line (a limit of ecj's
     * lookup, which does not descend into the array of a nested mirror).
     */
    @Test
    void findingsInsideRepeatedAnnotationsAreOnTheirValues() {
        Compilation javac = TestCompiler.validating().only("index-name").compile(REPEATED_INDEXES);
        List<String> fromJavac = tablesmithOnly(describe(javac.diagnostics()));
        assertEquals(2, fromJavac.size(), fromJavac::toString);
        assertTrue(fromJavac.get(0).startsWith("ERROR User.java:6 ") && fromJavac.get(0).contains("'nmae'"),
                "on columns[1]: " + fromJavac);
        assertTrue(fromJavac.get(1).startsWith("ERROR User.java:7 ") && fromJavac.get(1).contains("users_by_name"),
                "on the second one's name: " + fromJavac);

        EcjCompiler.Result ecj = EcjCompiler.validating(dir).only("index-name").compile(REPEATED_INDEXES);
        List<String> fromEcj = tablesmithOnly(describe(ecj.diagnostics()));
        assertEquals(List.of(fromJavac.get(0).replace("User.java:6 ", "User.java:5 "), fromJavac.get(1)), fromEcj,
                ecj.output());
    }

    @Test
    void allowSuppressesAndInvalidAllowsAreReportedOnTheirValues() {
        assertSameDiagnostics(EcjCompiler.validating(dir).only(SCOPE), TestCompiler.validating().only(SCOPE), 2, ALLOWS, ADDRESS);
    }

    @Test
    void severityOptions() {
        assertSameDiagnostics(EcjCompiler.validating(dir).only(SCOPE).option("tablesmith.rules", "warning"),
                TestCompiler.validating().only(SCOPE).option("tablesmith.rules", "warning"), 2, NO_KEY, NOT_AN_ENTITY, ADDRESS);
        assertSameDiagnostics(EcjCompiler.validating(dir.resolve("2")).only(SCOPE).option("tablesmith.rules", "warning")
                        .option("tablesmith.rule.fk_target_entity", "error"),
                TestCompiler.validating().only(SCOPE).option("tablesmith.rules", "warning")
                        .option("tablesmith.rule.fk_target_entity", "error"), 2, NO_KEY, NOT_AN_ENTITY, ADDRESS);
    }

    @Test
    void badOptionIsReported() {
        assertSameDiagnostics(EcjCompiler.validating(dir).only(SCOPE).option("tablesmith.rule.no_such_rule", "off"),
                TestCompiler.validating().only(SCOPE).option("tablesmith.rule.no_such_rule", "off"), 1, USER);
    }

    @Test
    void compliantSourcesHaveNoDiagnostics() {
        EcjCompiler.Result ecj = EcjCompiler.validating(dir).only(SCOPE).compile(USER, ORDER);
        assertTrue(ecj.success(), ecj::toString);
        assertEquals(List.of(), describe(ecj.diagnostics()), ecj.output());
    }

    @Test
    void writesTheSameMigrationFilesAsJavac() throws IOException {
        Path ecjFolder = dir.resolve("ecj-migrations");
        Path javacFolder = dir.resolve("javac-migrations");
        EcjCompiler.Result ecj = EcjCompiler.writingTo(dir.resolve("ecj"), ecjFolder).only(SCOPE)
                .option("tablesmith.name", "create_shop").compile(USER, ORDER, INDEX_FIXED);
        assertTrue(ecj.success(), () -> describe(ecj.diagnostics()) + ecj.output());
        Compilation javac = TestCompiler.writingTo(javacFolder).only(SCOPE).option("tablesmith.name", "create_shop")
                .compile(USER, ORDER, INDEX_FIXED);
        assertEquals(Compilation.Status.SUCCESS, javac.status());

        Map<String, byte[]> written = contents(ecjFolder);
        assertEquals(List.of("U20260101000000__create_shop.sql", "V20260101000000__create_shop.sql", "schema.md",
                "tablesmith-snapshot.json"), List.copyOf(written.keySet()));
        assertSameFiles(contents(javacFolder), written);
        // copied to the class output, as with javac
        for (String migration : List.of("V20260101000000__create_shop.sql", "U20260101000000__create_shop.sql")) {
            assertArrayEquals(written.get(migration),
                    Files.readAllBytes(ecj.classOutput().resolve("db/migration").resolve(migration)), migration);
        }
        // the generated table classes and catalogue are the same source text
        Map<String, byte[]> javacSources = new TreeMap<>();
        for (JavaFileObject f : javac.generatedSourceFiles()) {
            String path = f.toUri().getPath();
            javacSources.put(path.substring(path.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length()),
                    f.getCharContent(true).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Map<String, byte[]> ecjSources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ecj.generatedSources())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                ecjSources.put(ecj.generatedSources().relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        assertFalse(javacSources.isEmpty());
        assertSameFiles(javacSources, ecjSources);

        // a second ecj build with the same model touches nothing
        EcjCompiler.Result again = EcjCompiler.writingTo(dir.resolve("ecj2"), ecjFolder).only(SCOPE)
                .option("tablesmith.version", "20270101000000").compile(USER, ORDER, INDEX_FIXED);
        assertTrue(again.success(), () -> describe(again.diagnostics()).toString());
        assertSameFiles(written, contents(ecjFolder));
    }

    /** The mapping matrix (every mapping feature) gives the reviewed golden migration under ecj too. */
    @Test
    void matrixMigrationMatchesGolden() throws IOException {
        Path folder = dir.resolve("migrations");
        EcjCompiler.Result ecj = EcjCompiler.writingTo(dir.resolve("ecj"), folder)
                // fk-index: its generated indexes; lock-timeout: the timeouts every PostgreSQL file sets
                .only("primary-key-required", "fk-target-entity", "fk-index", "lock-timeout")
                .compile(MappingMatrixTest.sources());
        assertTrue(ecj.success(), () -> describe(ecj.diagnostics()) + ecj.output());
        assertEquals(List.of(), tablesmithOnly(describe(ecj.diagnostics())), "no Tablesmith warnings either");
        for (String file : List.of("V20260101000000__initial_schema.sql", "U20260101000000__initial_schema.sql",
                "tablesmith-snapshot.json")) {
            Golden.assertMatches("postgresql/matrix/" + file, Files.readString(folder.resolve(file)));
        }
    }

    @Test
    void anErrorUnderEcjWritesNothing() throws IOException {
        Path folder = dir.resolve("migrations");
        EcjCompiler.Result ecj = EcjCompiler.writingTo(dir.resolve("ecj"), folder).only(SCOPE).compile(USER, NO_KEY);
        assertFalse(ecj.success());
        assertFalse(Files.exists(folder) && Files.list(folder).findAny().isPresent(), "no file after an error");
    }

    @Test
    void unresolvedTypesLeaveOnlyEcjsErrors() throws IOException {
        JavaFileObject broken = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "invoices")
                public class Invoice {
                    @Id Long id;
                    Money total;
                    @Audited String body;
                    @ManyToOne Client client;
                }
                """);
        Path folder = dir.resolve("migrations");
        EcjCompiler.Result ecj = EcjCompiler.writingTo(dir.resolve("ecj"), folder).only(SCOPE).compile(broken, USER);
        assertFalse(ecj.success());
        List<String> errors = describe(ecj.ofKind(Diagnostic.Kind.ERROR));
        assertEquals(3, errors.size(), errors::toString);
        errors.forEach(e -> assertTrue(e.contains("cannot be resolved"), e));
        assertFalse(Files.exists(folder) && Files.list(folder).findAny().isPresent(), "no file for broken sources");
    }

    static final JavaFileObject INDEX_FIXED = source("""
            package app;
            import jakarta.persistence.*;
            import dev.tablesmith.annotations.Comment;
            /** Things that happened. Kept for a year. */
            @Entity
            @Table(name = "events", indexes = {
                    @Index(name = "idx_events_kind", columnList = "kind"),
                    @Index(name = "idx_events_happened_at", columnList = "happened_at DESC")
            })
            public class Event {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Comment("What happened") @Column(nullable = false, length = 40) String kind;
                java.time.Instant happenedAt;
                @Enumerated(EnumType.STRING) Level level;
                @ManyToOne User user;
                enum Level { LOW, HIGH }
            }
            """);

    /**
     * Compiles with both, asserts the Tablesmith diagnostics are equal (kind, file, line, text) and
     * as many as expected; returns them. Columns are each compiler's own convention (javac marks
     * {@code class}, ecj the class name; on an annotation value javac marks the value, ecj its
     * {@code name = value} pair), so they are not compared.
     */
    private static List<String> assertSameDiagnostics(EcjCompiler ecjCompiler, TestCompiler javacCompiler,
            int expected, JavaFileObject... sources) {
        EcjCompiler.Result ecj = ecjCompiler.compile(sources);
        Compilation javac = javacCompiler.compile(sources);
        List<String> fromEcj = tablesmithOnly(describe(ecj.diagnostics()));
        List<String> fromJavac = tablesmithOnly(describe(javac.diagnostics()));
        assertEquals(fromJavac, fromEcj, "ecj output:\n" + ecj.output());
        assertEquals(expected, fromEcj.size(), fromEcj::toString);
        assertEquals(javac.status() == Compilation.Status.SUCCESS, ecj.success(), "both fail or both succeed");
        return fromEcj;
    }

    private static List<String> tablesmithOnly(List<String> diagnostics) {
        return diagnostics.stream().filter(d -> d.matches("(?s).*\\[[a-z-]+]$")).sorted().toList();
    }

    static List<String> describe(List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
        Function<JavaFileObject, String> file = f -> f == null ? "-" : Path.of(f.toUri().getPath()).getFileName().toString();
        return diagnostics.stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + " " + file.apply(d.getSource()) + ":"
                        + (d.getLineNumber() > 0 ? String.valueOf(d.getLineNumber()) : "-")
                        + " " + d.getMessage(Locale.ROOT).strip())
                .toList();
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertEquals(new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                new String(actual.get(name), java.nio.charset.StandardCharsets.UTF_8), name));
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
