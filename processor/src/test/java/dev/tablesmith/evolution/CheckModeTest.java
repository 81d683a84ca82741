package dev.tablesmith.evolution;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.evolution.HistoryTest.ORDER;
import static dev.tablesmith.evolution.HistoryTest.USER;
import static dev.tablesmith.evolution.HistoryTest.USER_WITH_PHONE;
import static dev.tablesmith.evolution.HistoryTest.assertUnchanged;
import static dev.tablesmith.evolution.HistoryTest.contents;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.tablesmith.rules.Category;
import dev.tablesmith.testing.RuleScope;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Atablesmith.mode=check} (CI): pending changes fail the compile and nothing is written. */
class CheckModeTest {
    @TempDir
    Path dir;

    private static TestCompiler check(Path folder) {
        return TestCompiler.writingTo(folder).only(RuleScope.idsOf(Category.MIGRATION)).option("tablesmith.mode", "check");
    }

    @Test
    void pendingChangesAreListedAndNothingIsWritten() throws IOException {
        assertThat(TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.MIGRATION)).compile(USER)).succeeded();
        Map<String, byte[]> before = contents(dir);
        Compilation c = check(dir).option("tablesmith.version", "20260201000000").compile(USER_WITH_PHONE, ORDER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("the entities differ from " + dir.resolve("tablesmith-snapshot.json")
                + " (postgresql); run the build without -Atablesmith.mode=check to write the migration, then "
                + "commit it. Pending: ");
        assertThat(c).hadErrorContaining("create_orders");
        assertThat(c).hadErrorContaining("add_users_phone");
        assertThat(c).hadErrorContaining("[pending-changes]");
        assertUnchanged(before, dir);
    }

    @Test
    void aCleanCheckPassesAndTouchesNothing() throws IOException {
        assertThat(TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.MIGRATION)).compile(USER, ORDER)).succeeded();
        Map<String, byte[]> before = contents(dir);
        // any version: check mode writes no migration, so the version does not matter
        Compilation c = check(dir).option("tablesmith.version", "20200101000000").compile(ORDER, USER);
        assertThat(c).succeededWithoutWarnings();
        assertUnchanged(before, dir);
    }

    @Test
    void aNewProjectWithoutMigrationsFailsTheCheckAndGetsNoFolder() {
        Path folder = dir.resolve("db/migration");
        Compilation c = check(folder).compile(USER);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("Pending: create_users [pending-changes]");
        assertFalse(Files.exists(folder));
    }

    @Test
    void theHistoryIsCheckedToo() throws IOException {
        assertThat(TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.MIGRATION)).compile(USER)).succeeded();
        Path up = dir.resolve("V20260101000000__create_users.sql");
        Files.writeString(up, Files.readString(up) + "-- tuned by hand\n");
        Map<String, byte[]> before = contents(dir);
        Compilation c = check(dir).compile(USER);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("V20260101000000__create_users.sql in " + dir + " was edited after "
                + "Tablesmith wrote it");
        assertUnchanged(before, dir);
    }

    /** The users table with extra fields, compiled with every rule on as a user builds. */
    private static JavaFileObject user(String fields) {
        return TestCompiler.source("""
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

    @Test
    void checkModeFailsWithThePendingChangesAndWritesNothing() throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(user(""))).succeeded();
        Map<String, byte[]> before = contents(dir);
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", "20260201000000")
                .option("tablesmith.mode", "check").compile(user("    String phone;\n    @Deprecated String email2;\n"));
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("Pending: add_users_email2, add_users_phone");
        assertThat(c).hadErrorContaining("run the build without -Atablesmith.mode=check to write the migration");
        assertUnchanged(before, dir);
    }

    @Test
    void checkModeAlsoReportsUnsafeChanges() throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(user("    @Column(nullable = false) String fax;\n"))).succeeded();
        Map<String, byte[]> before = contents(dir);
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", "20260201000000")
                .option("tablesmith.mode", "check").compile(user(""));
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[drop-needs-deprecation]");
        assertUnchanged(before, dir);
    }
}
