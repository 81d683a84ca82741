package dev.tablesmith.rules.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.rules.migration.SafetySources.NOTE;
import static dev.tablesmith.rules.migration.SafetySources.user;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testing.MigrationCase;
import dev.tablesmith.testing.SafeFormRuleContract;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FkNotValidRule}: the contract, then the versions it writes with every rule on. */
class FkNotValidRuleTest extends SafeFormRuleContract {
    private static final String NOTE_WITH_AUTHOR = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "notes")
            public class Note {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                String body;
                @ManyToOne User user;
            }
            """;

    @Override
    protected String ruleId() {
        return "fk-not-valid";
    }

    @Override
    protected List<String> before() {
        return List.of(user(""), NOTE);
    }

    @Override
    protected List<String> after() {
        return List.of(NOTE_WITH_AUTHOR, user(""));
    }

    @Override
    protected List<String> safeForm() {
        return List.of("FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;",
                "ALTER TABLE notes VALIDATE CONSTRAINT notes_user_id_fkey;");
    }

    @Override
    protected List<String> plainForm() {
        return List.of("FOREIGN KEY (user_id) REFERENCES users (id);");
    }

    @Test
    void foreignKeyOnAnExistingTableIsAddedNotValidThenValidated(@TempDir Path dir) throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(source(user("")), source(NOTE))).succeeded();
        assertThat(TestCompiler.writingTo(dir).option("tablesmith.version", MigrationCase.V2)
                .compile(source(user("")), source(NOTE_WITH_AUTHOR))).succeeded();
        // the key's index is built first (outside a transaction), then the key added NOT VALID, then validated
        String index = Files.readString(dir.resolve("V" + MigrationCase.V2 + ".1__add_notes_user_id.sql"));
        assertTrue(index.contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_notes_user_id ON notes (user_id);"), index);
        String key = Files.readString(dir.resolve("V" + MigrationCase.V2 + ".2__add_notes_user_id.sql"));
        assertTrue(key.contains("FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;"), key);
        String validate = Files.readString(dir.resolve("V" + MigrationCase.V2 + ".3__add_notes_user_id.sql"));
        assertTrue(validate.contains("ALTER TABLE notes VALIDATE CONSTRAINT notes_user_id_fkey;"), validate);
        assertTrue(Files.exists(dir.resolve("V" + MigrationCase.V2 + ".3__add_notes_user_id.sql.conf")));
    }
}
