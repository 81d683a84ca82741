package dev.tablesmith.rules.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.rules.migration.SafetySources.user;
import static dev.tablesmith.rules.migration.SafetySources.users;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.MigrationCase;
import dev.tablesmith.testing.SafeFormRuleContract;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link IndexConcurrentlyRule}: the contract, then the version of its own, and the plain forms with every rule on. */
class IndexConcurrentlyRuleTest extends SafeFormRuleContract {
    private static final String INDEXED = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "users", indexes = @Index(name = "idx_users_nickname", columnList = "nickname"))
            public class User {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 100) String email;
                String nickname;
            }
            """;

    @Override
    protected String ruleId() {
        return "index-concurrently";
    }

    @Override
    protected List<String> before() {
        return users("    String nickname;\n");
    }

    @Override
    protected List<String> after() {
        return List.of(INDEXED);
    }

    @Override
    protected List<String> safeForm() {
        return List.of("CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_nickname ON users (nickname);");
    }

    @Override
    protected List<String> plainForm() {
        return List.of("CREATE INDEX idx_users_nickname ON users (nickname);");
    }

    @Test
    void indexOnAnExistingTableIsBuiltConcurrentlyInItsOwnVersion(@TempDir Path dir) throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(source(user("    String nickname;\n")))).succeeded();
        assertThat(TestCompiler.writingTo(dir).option("tablesmith.version", MigrationCase.V2)
                .option("tablesmith.lockTimeout", "2s").compile(source(INDEXED))).succeeded();
        Path up = dir.resolve("V" + MigrationCase.V2 + "__add_idx_users_nickname.sql");
        String sql = Files.readString(up);
        assertTrue(sql.contains("SET lock_timeout = '2s';\n"), sql);
        assertTrue(sql.contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_nickname ON users (nickname);"), sql);
        assertEquals("executeInTransaction=false\n",
                Files.readString(dir.resolve("V" + MigrationCase.V2 + "__add_idx_users_nickname.sql.conf")));
    }

    @Test
    void safeFormRulesSwitchedOffWritePlainStatements(@TempDir Path dir) throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(source(user("    String nickname;\n")))).succeeded();
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", MigrationCase.V2)
                .option("tablesmith.rule.index_concurrently", "off")
                .option("tablesmith.rule.safe_set_not_null", "off").option("tablesmith.rule.lock_timeout", "off")
                .compile(source(INDEXED.replace("    String nickname;", "    @Column(nullable = false) String nickname;")));
        assertThat(c).succeeded();
        List<String> files = MigrationCase.files(dir, "V" + MigrationCase.V2);
        assertEquals(1, files.size(), "one transactional version: " + files);
        String up = Files.readString(dir.resolve(files.get(0)));
        assertTrue(up.contains("ALTER TABLE users ALTER COLUMN nickname SET NOT NULL;"), up);
        assertTrue(up.contains("CREATE INDEX idx_users_nickname ON users (nickname);"), up);
        assertFalse(up.contains("lock_timeout"), up);
    }
}
