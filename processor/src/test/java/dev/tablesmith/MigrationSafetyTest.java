package dev.tablesmith;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration-safety rules as a user meets them: a first compilation writes V1, a second one with
 * changed entities either writes the next migration in its safe form or stops with an error on the
 * element that caused it, writing nothing.
 */
class MigrationSafetyTest {
    static final String V2 = "20260201000000";
    static final String V3 = "20260301000000";

    @TempDir
    Path dir;

    static JavaFileObject user(String fields) {
        return source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.*;
                @Entity @Table(name = "users")
                public class User {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, length = 100) String email;
                %s}
                """.formatted(fields));
    }

    static final JavaFileObject USER_WITH_FAX = user("    @Column(nullable = false) String fax;\n");

    static final JavaFileObject NOTE = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "notes")
            public class Note {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                String body;
            }
            """);

    private Compilation first(JavaFileObject... sources) {
        Compilation c = TestCompiler.writingTo(dir).compile(sources);
        assertThat(c).succeeded();
        return c;
    }

    private static TestCompiler next(Path dir, String version) {
        return TestCompiler.writingTo(dir).option("tablesmith.version", version);
    }

    @Test
    void droppingAColumnThatWasNotDeprecatedIsAnErrorOnTheEntityAndWritesNothing() throws IOException {
        first(USER_WITH_FAX);
        Map<String, String> before = contents(dir);
        JavaFileObject withoutFax = user("");
        Compilation c = next(dir, V2).compile(withoutFax);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("column 'users.fax' is dropped, but tablesmith-snapshot.json does not record "
                + "it as deprecated").inFile(withoutFax).onLineContaining("public class User");
        assertThat(c).hadErrorContaining("annotate it @Deprecated (the column becomes nullable) and release that, "
                + "then delete it in a later migration; or confirm the drop with -Atablesmith.allowDrop=users.fax");
        assertThat(c).hadErrorContaining("[drop-needs-deprecation]");
        assertEquals(before, contents(dir), "nothing written after the error");
    }

    @Test
    void allowDropConfirmsTheDrop() throws IOException {
        first(USER_WITH_FAX);
        Compilation c = next(dir, V2).option("tablesmith.allowDrop", "notes, users.fax").compile(user(""));
        assertThat(c).succeeded();
        String up = Files.readString(dir.resolve("V" + V2 + "__drop_users_fax.sql"));
        assertTrue(up.contains("SET lock_timeout = '5s';\n\nALTER TABLE users DROP COLUMN fax;"), up);
        String down = Files.readString(dir.resolve("U" + V2 + "__drop_users_fax.sql"));
        assertTrue(down.contains("ALTER TABLE users ADD COLUMN fax VARCHAR(255) NOT NULL;"), down);
    }

    @Test
    void deprecationThenDropInTwoSteps() throws IOException {
        first(USER_WITH_FAX);
        // step 1: @Deprecated (with the NOT NULL declaration removed) makes the column nullable and
        // the snapshot records it
        Compilation deprecate = next(dir, V2).compile(user("    @Deprecated String fax;\n"));
        assertThat(deprecate).succeeded();
        String up = Files.readString(dir.resolve("V" + V2 + "__deprecate_users_fax.sql"));
        assertTrue(up.contains("ALTER TABLE users ALTER COLUMN fax DROP NOT NULL;"), up);
        assertTrue(up.contains("-- column users.fax is deprecated: a later migration may drop it."), up);
        assertTrue(Files.readString(dir.resolve("tablesmith-snapshot.json")).contains("\"deprecated\""));
        // step 2: the field goes, and the drop needs no confirmation
        Compilation drop = next(dir, V3).compile(user(""));
        assertThat(drop).succeeded();
        assertTrue(Files.readString(dir.resolve("V" + V3 + "__drop_users_fax.sql"))
                .contains("ALTER TABLE users DROP COLUMN fax;"));
    }

    @Test
    void deprecatingAnAlreadyNullableColumnIsStillRecorded() throws IOException {
        first(user("    String fax;\n"));
        assertThat(next(dir, V2).compile(user("    @Deprecated String fax;\n"))).succeeded();
        assertTrue(Files.exists(dir.resolve("V" + V2 + "__deprecate_users_fax.sql")));
        assertThat(next(dir, V3).compile(user(""))).succeeded();
        assertTrue(Files.exists(dir.resolve("V" + V3 + "__drop_users_fax.sql")));
    }

    @Test
    void droppingATableWhoseClassIsGoneIsAnErrorOnNoElement() throws IOException {
        first(user(""), NOTE);
        Map<String, String> before = contents(dir);
        Compilation c = next(dir, V2).compile(user(""));
        assertThat(c).failed();
        Diagnostic<? extends JavaFileObject> error = c.errors().stream()
                .filter(d -> d.getMessage(null).contains("[drop-needs-deprecation]")).findFirst().orElseThrow();
        assertEquals("table 'notes' is dropped, but tablesmith-snapshot.json does not record it as deprecated: "
                + "running instances of the previous release still use it. Restore the entity Note and annotate it "
                + "@Deprecated for one release, then delete it; or confirm the drop with -Atablesmith.allowDrop=notes "
                + "[drop-needs-deprecation]", error.getMessage(null));
        assertEquals(null, error.getSource(), "the class is gone: no element to point at");
        assertEquals(before, contents(dir));
    }

    @Test
    void aDeprecatedEntityMayBeDroppedLater() throws IOException {
        first(user(""), NOTE);
        JavaFileObject deprecatedNote = source("""
                package app;
                import jakarta.persistence.*;
                @Deprecated @Entity @Table(name = "notes")
                public class Note {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    String body;
                }
                """);
        assertThat(next(dir, V2).compile(user(""), deprecatedNote)).succeeded();
        assertTrue(Files.exists(dir.resolve("V" + V2 + "__deprecate_notes.sql")));
        assertThat(next(dir, V3).compile(user(""))).succeeded();
        assertTrue(Files.readString(dir.resolve("V" + V3 + "__drop_notes.sql")).contains("DROP TABLE IF EXISTS notes;"));
    }

    @Test
    void notNullColumnWithoutDefaultOnAnExistingTableIsAnErrorOnTheField() throws IOException {
        first(user(""));
        Map<String, String> before = contents(dir);
        JavaFileObject src = user("    @Column(nullable = false) String phone;\n    int logins;\n");
        Compilation c = next(dir, V2).compile(src);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("column 'users.phone' is added NOT NULL without a default to the existing "
                + "table 'users': the ALTER fails on its rows, and the running release inserts rows without it; add "
                + "@Default(\"<sql>\") (or @ColumnDefault), or make the column nullable now, backfill it and make it "
                + "NOT NULL in a later migration [not-null-needs-default]").inFile(src).onLineContaining("String phone");
        assertThat(c).hadErrorContaining("a primitive int field gets no database default by itself: add @Default(\"0\") "
                + "[not-null-needs-default]").inFile(src).onLineContaining("int logins");
        assertEquals(before, contents(dir));

        Compilation fixed = next(dir, V2).compile(user(
                "    @Default(\"''\") @Column(nullable = false) String phone;\n    @Default(\"0\") int logins;\n"));
        assertThat(fixed).succeeded();
    }

    @Test
    void notNullColumnsOfANewTableNeedNoDefault() throws IOException {
        first(user(""));
        JavaFileObject tag = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "tags")
                public class Tag {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false) String label;
                    int uses;
                }
                """);
        assertThat(next(dir, V2).compile(user(""), tag)).succeeded();
    }

    @Test
    void renameWarnsOnTheRenamedFromAnnotationAndWritesTheRename() throws IOException {
        first(user("    String mail;\n"));
        JavaFileObject src = user("    @RenamedFrom(\"mail\")\n    String contact;\n");
        Compilation c = next(dir, V2).compile(src);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("column 'users.mail' is renamed to 'contact': running instances of the "
                + "previous release and other readers of 'mail' fail from this migration on; stop them before it "
                + "runs, or add 'contact' beside 'mail', write both and backfill, then deprecate 'mail' "
                + "[rename-breaks-readers]").inFile(src).onLineContaining("@RenamedFrom(\"mail\")");
        assertTrue(Files.readString(dir.resolve("V" + V2 + "__rename_users_mail_to_contact.sql"))
                .contains("ALTER TABLE users RENAME COLUMN mail TO contact;"));
    }

    @Test
    void typeChangesThatRewriteTheTableWarnAndMetadataOnlyOnesDoNot() throws IOException {
        first(user("    Integer visits;\n    @Column(length = 50) String nickname;\n"));
        JavaFileObject src = user("    Long visits;\n    @Column(length = 80) String nickname;\n");
        Compilation c = next(dir, V2).compile(src);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("changing 'users.visits' from INTEGER to BIGINT rewrites the whole table "
                + "and its indexes under an ACCESS EXCLUSIVE lock").inFile(src).onLineContaining("Long visits");
        assertFalse(c.warnings().stream().anyMatch(w -> w.getMessage(null).contains("users.nickname")),
                "a longer VARCHAR is metadata-only");
    }

    @Test
    void shrinkingAVarcharWarns() throws IOException {
        first(user("    @Column(length = 80) String nickname;\n"));
        JavaFileObject src = user("    @Column(length = 40) String nickname;\n");
        Compilation c = next(dir, V2).compile(src);
        assertThat(c).hadWarningContaining("changing 'users.nickname' from VARCHAR(80) to VARCHAR(40) rewrites")
                .inFile(src).onLineContaining("String nickname");
    }

    @Test
    void indexOnAnExistingTableIsBuiltConcurrentlyInItsOwnVersion() throws IOException {
        first(user("    String nickname;\n"));
        JavaFileObject indexed = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "users", indexes = @Index(name = "idx_users_nickname", columnList = "nickname"))
                public class User {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, length = 100) String email;
                    String nickname;
                }
                """);
        assertThat(next(dir, V2).option("tablesmith.lockTimeout", "2s").compile(indexed)).succeeded();
        Path up = dir.resolve("V" + V2 + "__add_idx_users_nickname.sql");
        assertTrue(Files.readString(up).contains(
                "SET lock_timeout = '2s';\n\nCREATE INDEX CONCURRENTLY idx_users_nickname ON users (nickname);"));
        assertEquals("executeInTransaction=false\n",
                Files.readString(dir.resolve("V" + V2 + "__add_idx_users_nickname.sql.conf")));
    }

    @Test
    void safeFormRulesSwitchedOffWritePlainStatements() throws IOException {
        first(user("    String nickname;\n"));
        JavaFileObject indexed = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "users", indexes = @Index(name = "idx_users_nickname", columnList = "nickname"))
                public class User {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, length = 100) String email;
                    @Column(nullable = false) String nickname;
                }
                """);
        Compilation c = next(dir, V2).option("tablesmith.rule.index_concurrently", "off")
                .option("tablesmith.rule.safe_set_not_null", "off").option("tablesmith.rule.lock_timeout", "off")
                .compile(indexed);
        assertThat(c).succeeded();
        List<String> files = list(dir).stream().filter(n -> n.startsWith("V" + V2)).toList();
        assertEquals(1, files.size(), "one transactional version: " + files);
        String up = Files.readString(dir.resolve(files.get(0)));
        assertTrue(up.contains("ALTER TABLE users ALTER COLUMN nickname SET NOT NULL;"), up);
        assertTrue(up.contains("CREATE INDEX idx_users_nickname ON users (nickname);"), up);
        assertFalse(up.contains("lock_timeout"), up);
    }

    @Test
    void foreignKeyOnAnExistingTableIsAddedNotValidThenValidated() throws IOException {
        first(user(""), NOTE);
        JavaFileObject noteWithAuthor = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "notes")
                public class Note {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    String body;
                    @ManyToOne User user;
                }
                """);
        assertThat(next(dir, V2).compile(user(""), noteWithAuthor)).succeeded();
        String main = Files.readString(dir.resolve("V" + V2 + "__add_notes_user_id.sql"));
        assertTrue(main.contains("FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;"), main);
        String after = Files.readString(dir.resolve("V" + V2 + ".1__add_notes_user_id.sql"));
        assertTrue(after.contains("ALTER TABLE notes VALIDATE CONSTRAINT notes_user_id_fkey;"), after);
        assertTrue(Files.exists(dir.resolve("V" + V2 + ".1__add_notes_user_id.sql.conf")));
    }

    @Test
    void checkModeFailsWithThePendingChangesAndWritesNothing() throws IOException {
        first(user(""));
        Map<String, String> before = contents(dir);
        Compilation c = next(dir, V2).option("tablesmith.mode", "check")
                .compile(user("    String phone;\n    @Deprecated String email2;\n"));
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("Pending: add_users_email2, add_users_phone");
        assertThat(c).hadErrorContaining("run the build without -Atablesmith.mode=check to write the migration");
        assertEquals(before, contents(dir), "check mode writes nothing");
    }

    @Test
    void checkModeAlsoReportsUnsafeChanges() throws IOException {
        first(USER_WITH_FAX);
        Map<String, String> before = contents(dir);
        Compilation c = next(dir, V2).option("tablesmith.mode", "check").compile(user(""));
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[drop-needs-deprecation]");
        assertEquals(before, contents(dir));
    }

    static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String name : list(dir)) {
            out.put(name, Files.readString(dir.resolve(name)));
        }
        return out;
    }
}
