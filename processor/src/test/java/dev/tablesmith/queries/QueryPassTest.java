package dev.tablesmith.queries;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.rules.Category;
import dev.tablesmith.testing.RuleScope;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query pass inside a whole build: a constant built from the generated table constants is
 * read (it folds in the round after the table classes are generated), a query error stops the
 * build so no migration is written, a clean build's {@code schema.md} lists which index serves
 * which query and the class output has {@code META-INF/tablesmith/queries.json}; the sources of
 * queries Tablesmith reads by name, and what it says when one cannot be read.
 */
class QueryPassTest {
    @TempDir
    Path dir;

    static final JavaFileObject USER = JavaFileObjects.forSourceString("app.User", """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "users")
            @NamedNativeQueries({
                @NamedNativeQuery(name = "User.active", query = "SELECT id, email FROM users ORDER BY email"),
                @NamedNativeQuery(name = "User.byEmail", query = "SELECT id FROM users WHERE email = ?")
            })
            public class User {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, unique = true, length = 255) String email;
                @Column(nullable = false) boolean isActive;
            }
            """);

    static JavaFileObject dao(String where) {
        return JavaFileObjects.forSourceString("app.UserDao", """
                package app;
                import dev.tablesmith.annotations.Sql;
                public final class UserDao {
                    @Sql
                    static final String BY_EMAIL = "SELECT " + UserTable.ID + " FROM " + UserTable.TABLE
                            + " WHERE %s = ?";
                    @Sql static final String NOT_CONSTANT = String.join(" ", "SELECT", "id", "FROM", "users");
                    @Sql String lookup() { return BY_EMAIL; }
                    @Sql("DELETE FROM users WHERE id = ?") void delete(long id) {}
                }
                """.formatted(where));
    }

    private Compilation compile(JavaFileObject dao) {
        List<JavaFileObject> sources = new ArrayList<>(List.of(USER, dao));
        TestCompiler c = TestCompiler.writingTo(dir).option("tablesmith.name", "create_users");
        RuleScope.offExcept(RuleScope.idsOf(Category.QUERIES)).forEach(c::option);
        return c.compileAll(sources);
    }

    @Test
    void aConstantBuiltFromTheGeneratedTableConstantsIsCheckedAndItsErrorStopsTheBuild() throws IOException {
        JavaFileObject dao = dao("\" + UserTable.EMAIL + \"_address");
        Compilation c = compile(dao);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("query UserDao.BY_EMAIL names column 'email_address', which table users does "
                + "not have (did you mean 'email'?) [query-unknown-column]").inFile(dao).onLineContaining("String BY_EMAIL");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "a query error leaves the migration folder as it was");
        }
    }

    @Test
    void aCleanBuildDocumentsTheIndexEachQueryUsesAndRecordsTheQueries() throws IOException {
        JavaFileObject dao = dao("\" + UserTable.EMAIL + \"");
        Compilation c = compile(dao);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("UserDao.NOT_CONSTANT is not a compile-time constant, so its query cannot be "
                + "read during compilation").inFile(dao).onLineContaining("NOT_CONSTANT");
        assertThat(c).hadWarningContaining("@Sql on method UserDao.lookup() gives no query").inFile(dao)
                .onLineContaining("lookup()");
        assertEquals(2, c.warnings().size(), () -> c.warnings().toString());
        String schema = Files.readString(dir.resolve("schema.md"));
        assertTrue(schema.contains("| query | index it uses |\n| --- | --- |\n"
                + "| `User.active` | none needed |\n"
                + "| `User.byEmail` | `users_email_unique` |\n"
                + "| `UserDao.BY_EMAIL` | `users_email_unique` |\n"
                + "| `UserDao.delete()` | `users_pkey` |\n"), schema);
        assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/tablesmith/queries.json")
                .contentsAsUtf8String().contains("\"sql\" : \"SELECT id FROM users WHERE email = ?\"");
    }

    @Test
    void aBuildWithoutQueriesWritesNoCatalogueAndTheSameSchemaDocument() throws IOException {
        JavaFileObject plain = JavaFileObjects.forSourceString("app.User", """
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "users")
                public class User {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, unique = true, length = 255) String email;
                    @Column(nullable = false) boolean isActive;
                }
                """);
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.name", "create_users").compile(plain);
        assertThat(c).succeeded();
        assertFalse(c.generatedFiles().stream().anyMatch(f -> f.getName().contains("queries.json")));
        assertFalse(Files.readString(dir.resolve("schema.md")).contains("queries it serves"));
    }
}
