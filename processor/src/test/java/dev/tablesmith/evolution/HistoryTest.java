package dev.tablesmith.evolution;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot records the migrations and their checksums, so a folder that does not match it is a
 * compile error that says what happened and what to do, and nothing is written: not the pending
 * migration, not the snapshot, not {@code schema.md}, nothing in the class output.
 */
class HistoryTest {
    static final String V1 = "20260101000000";
    static final String V1_UP = "V" + V1 + "__create_users.sql";
    static final String V1_DOWN = "U" + V1 + "__create_users.sql";
    static final String SNAPSHOT = "tablesmith-snapshot.json";

    static final JavaFileObject USER = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "users")
            public class User {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 100) String email;
            }
            """);

    static final JavaFileObject USER_WITH_PHONE = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "users")
            public class User {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 100) String email;
                @Column(length = 20) String phone;
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

    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void firstMigration() {
        dir = tmp.resolve("migrations");
        assertThat(TestCompiler.writingTo(dir).option("tablesmith.version", V1).compile(USER)).succeeded();
        assertTrue(Files.exists(dir.resolve(V1_UP)));
    }

    @Test
    void twoBranchesThatBothAddedAMigrationAreDetectedAndTheAdviceResolvesIt() throws IOException {
        Path main = copy(dir, tmp.resolve("main"));
        Path feature = copy(dir, tmp.resolve("feature"));
        // main adds orders, the feature branch adds users.phone, each from the same snapshot
        assertThat(TestCompiler.writingTo(main).option("tablesmith.version", "20260201000000")
                .option("tablesmith.name", "create_orders").compile(USER, ORDER)).succeeded();
        assertThat(TestCompiler.writingTo(feature).option("tablesmith.version", "20260202000000")
                .option("tablesmith.name", "add_users_phone").compile(USER_WITH_PHONE)).succeeded();

        // git merges main into the feature branch: main's new files come in, the snapshot keeps the feature's side
        Path merged = copy(feature, tmp.resolve("merged"));
        for (String name : List.of("V20260201000000__create_orders.sql", "U20260201000000__create_orders.sql")) {
            Files.copy(main.resolve(name), merged.resolve(name));
        }
        Map<String, byte[]> before = contents(merged);
        Compilation c = TestCompiler.writingTo(merged).option("tablesmith.version", "20260203000000")
                .compile(USER_WITH_PHONE, ORDER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("are not recorded in tablesmith-snapshot.json: "
                + "U20260201000000__create_orders.sql, V20260201000000__create_orders.sql. Most likely two branches "
                + "each wrote a migration from the same snapshot and were merged");
        assertThat(c).hadErrorContaining("delete your branch's own migration files that were never applied to a "
                + "shared database, and build again");
        assertThat(c).hadErrorContaining("[migration-history]");
        assertUnchanged(before, merged);

        // following the advice: main's snapshot, the feature's own migration deleted, build again
        Files.copy(main.resolve(SNAPSHOT), merged.resolve(SNAPSHOT), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(merged.resolve("V20260202000000__add_users_phone.sql"));
        Files.delete(merged.resolve("U20260202000000__add_users_phone.sql"));
        Compilation resolved = TestCompiler.writingTo(merged).option("tablesmith.version", "20260203000000")
                .compile(USER_WITH_PHONE, ORDER);
        assertThat(resolved).succeeded();
        String up = Files.readString(merged.resolve("V20260203000000__add_users_phone.sql"));
        assertTrue(up.contains("ALTER TABLE users ADD COLUMN phone VARCHAR(20);"), up);
        assertTrue(!up.contains("CREATE TABLE orders"), up);
    }

    @Test
    void aSnapshotWithMergeConflictMarkersSaysSo() throws IOException {
        String snapshot = Files.readString(dir.resolve(SNAPSHOT));
        Files.writeString(dir.resolve(SNAPSHOT), "<<<<<<< HEAD\n" + snapshot + "=======\n" + snapshot
                + ">>>>>>> main\n");
        Map<String, byte[]> before = contents(dir);
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", "20260201000000").compile(USER, ORDER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("tablesmith-snapshot.json cannot be read: it holds git merge conflict "
                + "markers: two branches both changed the schema and wrote a migration. Do not merge it by hand: "
                + "To resolve: keep the snapshot and migrations of the branch that was merged first");
        assertUnchanged(before, dir);
    }

    @Test
    void aSnapshotThatIsNotJsonIsRefused() throws IOException {
        Files.writeString(dir.resolve(SNAPSHOT), "{ \"format\": 1, \"migrations\": [ \n");
        Map<String, byte[]> before = contents(dir);
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", "20260201000000").compile(USER, ORDER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("tablesmith-snapshot.json cannot be read (");
        assertThat(c).hadErrorContaining("): restore it from version control (git checkout -- "
                + "tablesmith-snapshot.json); it is written by Tablesmith, not by hand [migration-history]");
        assertUnchanged(before, dir);
    }

    @Test
    void aMissingMigrationFileIsReported() throws IOException {
        Files.delete(dir.resolve(V1_DOWN));
        Map<String, byte[]> before = contents(dir);
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", "20260201000000").compile(USER, ORDER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("migration file " + V1_DOWN + " is listed in tablesmith-snapshot.json but "
                + "missing from " + dir + ": restore it from version control (git checkout -- " + V1_DOWN + ")");
        assertUnchanged(before, dir);
    }

    @Test
    void anEditedMigrationFileIsReported() throws IOException {
        Files.writeString(dir.resolve(V1_UP), Files.readString(dir.resolve(V1_UP)) + "\nCREATE INDEX idx_x ON users (email);\n");
        Map<String, byte[]> before = contents(dir);
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", "20260201000000").compile(USER, ORDER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("migration file " + V1_UP + " in " + dir + " was edited after Tablesmith "
                + "wrote it (its SHA-256 differs from the one in tablesmith-snapshot.json): revert the edit");
        assertUnchanged(before, dir);
    }

    @Test
    void migrationsWithoutASnapshotAreRefused() throws IOException {
        Files.delete(dir.resolve(SNAPSHOT));
        Map<String, byte[]> before = contents(dir);
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", "20260201000000").compile(USER, ORDER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining(dir + " holds migrations (" + V1_DOWN + ", " + V1_UP + ") but no "
                + "tablesmith-snapshot.json: restore it from version control");
        assertUnchanged(before, dir);
    }

    @Test
    void crlfLineEndingsFromAWindowsCheckoutAreNotAnEdit() throws IOException {
        for (String name : List.of(V1_UP, V1_DOWN)) {
            Files.writeString(dir.resolve(name), Files.readString(dir.resolve(name)).replace("\n", "\r\n"));
        }
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", "20260201000000").compile(USER, ORDER);
        assertThat(c).succeeded();
        assertTrue(Files.exists(dir.resolve("V20260201000000__create_orders.sql")));
    }

    /** Nothing was written: the same files with the same bytes (schema.md included). */
    static void assertUnchanged(Map<String, byte[]> before, Path folder) throws IOException {
        Map<String, byte[]> after = contents(folder);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, after.get(name)), name + " changed"));
    }

    static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                out.put(p.getFileName().toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return out;
    }

    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path p : list.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }
}
