package dev.tablesmith.rules.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.rules.migration.SafetySources.user;
import static dev.tablesmith.rules.migration.SafetySources.users;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.MigrationCase;
import dev.tablesmith.testing.MigrationRuleContract;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RenameBreaksReadersRule}: the contract's cases, then the rename it lets through, with every rule on. */
class RenameBreaksReadersRuleTest extends MigrationRuleContract {
    private static final String MEMBER = """
            package app;
            import jakarta.persistence.*;
            import dev.tablesmith.annotations.*;
            @Entity @Table(name = "members")
            @RenamedFrom("users")
            public class Member {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 100) String email;
            }
            """;

    @Override
    protected String ruleId() {
        return "rename-breaks-readers";
    }

    @Override
    protected Stream<MigrationCase> violations() {
        return Stream.of(
                violation("a column, on @RenamedFrom", users("    String mail;\n"),
                        users("    @RenamedFrom(\"mail\")\n    String contact;\n"),
                        "column 'users.mail' is renamed to 'contact': running instances of the previous release and "
                                + "other readers of 'mail' fail from this migration on; stop them before it runs, or add "
                                + "'contact' beside 'mail', write both and backfill, then deprecate 'mail' "
                                + "[rename-breaks-readers]", "@RenamedFrom(\"mail\")"),
                violation("a table, on @RenamedFrom", users(""), List.of(MEMBER),
                        "table 'users' is renamed to 'members': running instances of the previous release and other "
                                + "readers of 'users' fail from this migration on; stop them before it runs, or add the "
                                + "new table beside the old one and move readers over before dropping it "
                                + "[rename-breaks-readers]", "@RenamedFrom(\"users\")"));
    }

    @Override
    protected Stream<MigrationCase> compliant() {
        return Stream.of(MigrationCase.safe("the new column beside the old one", users("    String mail;\n"),
                users("    String mail;\n    String contact;\n"), Map.of()));
    }

    @Test
    void renameWarnsOnTheRenamedFromAnnotationAndWritesTheRename(@TempDir Path dir) throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(source(user("    String mail;\n")))).succeeded();
        JavaFileObject src = source(user("    @RenamedFrom(\"mail\")\n    String contact;\n"));
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", MigrationCase.V2).compile(src);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("column 'users.mail' is renamed to 'contact': running instances of the "
                + "previous release and other readers of 'mail' fail from this migration on; stop them before it "
                + "runs, or add 'contact' beside 'mail', write both and backfill, then deprecate 'mail' "
                + "[rename-breaks-readers]").inFile(src).onLineContaining("@RenamedFrom(\"mail\")");
        assertTrue(Files.readString(dir.resolve("V" + MigrationCase.V2 + "__rename_users_mail_to_contact.sql"))
                .contains("ALTER TABLE users RENAME COLUMN mail TO contact;"));
    }
}
