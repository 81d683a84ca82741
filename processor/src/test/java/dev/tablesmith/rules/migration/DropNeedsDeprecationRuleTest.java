package dev.tablesmith.rules.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.rules.migration.SafetySources.NOTE;
import static dev.tablesmith.rules.migration.SafetySources.USER_WITH_FAX;
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

/**
 * {@link DropNeedsDeprecationRule}: the contract's cases, then the two-phase drop it asks for and
 * {@code -Atablesmith.allowDrop}, with every rule on as a user builds.
 */
class DropNeedsDeprecationRuleTest extends MigrationRuleContract {
    static final String V3 = "20260301000000";

    @Override
    protected String ruleId() {
        return "drop-needs-deprecation";
    }

    @Override
    protected Stream<MigrationCase> violations() {
        return Stream.of(
                violation("a column that was not deprecated, on the entity", List.of(USER_WITH_FAX), users(""),
                        "column 'users.fax' is dropped, but tablesmith-snapshot.json does not record it as deprecated: "
                                + "running instances of the previous release still read and write it. Drop in two "
                                + "phases: restore the field, annotate it @Deprecated (the column becomes nullable) and "
                                + "release that, then delete it in a later migration; or confirm the drop with "
                                + "-Atablesmith.allowDrop=users.fax (a rename needs @RenamedFrom(\"fax\") on the new "
                                + "field) [drop-needs-deprecation]", "public class User"),
                violation("a table whose class is gone, on no element", List.of(user(""), NOTE), users(""),
                        "table 'notes' is dropped, but tablesmith-snapshot.json does not record it as deprecated: "
                                + "running instances of the previous release still use it. Restore the entity Note and "
                                + "annotate it @Deprecated for one release, then delete it; or confirm the drop with "
                                + "-Atablesmith.allowDrop=notes [drop-needs-deprecation]", null));
    }

    @Override
    protected Stream<MigrationCase> compliant() {
        return Stream.of(
                MigrationCase.safe("a deprecated column", users("    @Deprecated @Column(nullable = false) String fax;\n"),
                        users(""), Map.of()),
                MigrationCase.safe("a confirmed drop", List.of(USER_WITH_FAX, NOTE), users(""),
                        Map.of("tablesmith.allowDrop", "notes, users.fax")));
    }

    private static Compilation first(Path dir, JavaFileObject... sources) {
        Compilation c = TestCompiler.writingTo(dir).compile(sources);
        assertThat(c).succeeded();
        return c;
    }

    private static TestCompiler next(Path dir, String version) {
        return TestCompiler.writingTo(dir).option("tablesmith.version", version);
    }

    @Test
    void allowDropConfirmsTheDrop(@TempDir Path dir) throws IOException {
        first(dir, source(USER_WITH_FAX));
        Compilation c = next(dir, MigrationCase.V2).option("tablesmith.allowDrop", "notes, users.fax")
                .compile(source(user("")));
        assertThat(c).succeeded();
        String up = Files.readString(dir.resolve("V" + MigrationCase.V2 + "__drop_users_fax.sql"));
        assertTrue(up.contains("SET lock_timeout = '5s';\nSET statement_timeout = '1h';\n\nALTER TABLE users DROP COLUMN fax;"),
                up);
        String down = Files.readString(dir.resolve("U" + MigrationCase.V2 + "__drop_users_fax.sql"));
        assertTrue(down.contains("ALTER TABLE users ADD COLUMN fax VARCHAR(255) NOT NULL;"), down);
    }

    @Test
    void deprecationThenDropInTwoSteps(@TempDir Path dir) throws IOException {
        first(dir, source(USER_WITH_FAX));
        // step 1: @Deprecated makes the column nullable and the snapshot records it
        Compilation deprecate = next(dir, MigrationCase.V2)
                .compile(source(user("    @Deprecated @Column(nullable = false) String fax;\n")));
        assertThat(deprecate).succeeded();
        String up = Files.readString(dir.resolve("V" + MigrationCase.V2 + "__deprecate_users_fax.sql"));
        assertTrue(up.contains("ALTER TABLE users ALTER COLUMN fax DROP NOT NULL;"), up);
        assertTrue(up.contains("-- column users.fax is deprecated: a later migration may drop it."), up);
        assertTrue(Files.readString(dir.resolve("tablesmith-snapshot.json")).contains("\"deprecated\""));
        // step 2: the field goes, and the drop needs no confirmation
        Compilation drop = next(dir, V3).compile(source(user("")));
        assertThat(drop).succeeded();
        assertTrue(Files.readString(dir.resolve("V" + V3 + "__drop_users_fax.sql"))
                .contains("ALTER TABLE users DROP COLUMN fax;"));
    }

    @Test
    void deprecatingAnAlreadyNullableColumnIsStillRecorded(@TempDir Path dir) {
        first(dir, source(user("    String fax;\n")));
        assertThat(next(dir, MigrationCase.V2).compile(source(user("    @Deprecated String fax;\n")))).succeeded();
        assertTrue(Files.exists(dir.resolve("V" + MigrationCase.V2 + "__deprecate_users_fax.sql")));
        assertThat(next(dir, V3).compile(source(user("")))).succeeded();
        assertTrue(Files.exists(dir.resolve("V" + V3 + "__drop_users_fax.sql")));
    }

    @Test
    void aDeprecatedEntityMayBeDroppedLater(@TempDir Path dir) throws IOException {
        first(dir, source(user("")), source(NOTE));
        JavaFileObject deprecatedNote = source("""
                package app;
                import jakarta.persistence.*;
                @Deprecated @Entity @Table(name = "notes")
                public class Note {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    String body;
                }
                """);
        assertThat(next(dir, MigrationCase.V2).compile(source(user("")), deprecatedNote)).succeeded();
        assertTrue(Files.exists(dir.resolve("V" + MigrationCase.V2 + "__deprecate_notes.sql")));
        assertThat(next(dir, V3).compile(source(user("")))).succeeded();
        assertTrue(Files.readString(dir.resolve("V" + V3 + "__drop_notes.sql")).contains("DROP TABLE IF EXISTS notes;"));
    }
}
