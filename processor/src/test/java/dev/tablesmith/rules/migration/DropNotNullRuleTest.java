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
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DropNotNullRule}: the contract's cases (a required column made optional warns on its field;
 * deprecating one, the first phase of a drop, does not), then the SQL, which the rule leaves as it is.
 */
class DropNotNullRuleTest extends MigrationRuleContract {
    private static final String REQUIRED_PHONE = "    @Column(nullable = false, length = 20) String phone;\n";
    private static final String OPTIONAL_PHONE = "    @Column(length = 20) String phone;\n";
    private static final String MESSAGE = "column 'users.phone' becomes nullable (DROP NOT NULL): the database "
            + "change is instant, but the running release and other readers that rely on a value (a primitive field, "
            + "a join, a report) break on the first NULL; release readers that cope with NULL before writers store "
            + "one, or confirm the change with @Allow(value = \"drop-not-null\", reason = \"...\") [drop-not-null]";

    @Override
    protected String ruleId() {
        return "drop-not-null";
    }

    @Override
    protected Stream<MigrationCase> violations() {
        return Stream.of(violation("a required column made optional", users(REQUIRED_PHONE), users(OPTIONAL_PHONE),
                MESSAGE, "String phone"));
    }

    @Override
    protected Stream<MigrationCase> compliant() {
        return Stream.of(
                MigrationCase.safe("a deprecated column, the first phase of a drop", users(REQUIRED_PHONE),
                        users("    @Deprecated @Column(length = 20) String phone;\n"), Map.of()),
                MigrationCase.safe("an optional column added", users(""), users(OPTIONAL_PHONE), Map.of()));
    }

    @Test
    void theWarningLeavesTheStatementAsItIs(@TempDir Path dir) throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(source(user(REQUIRED_PHONE)))).succeeded();
        JavaFileObject after = source(user(OPTIONAL_PHONE));
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", MigrationCase.V2).compile(after);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining(MESSAGE).inFile(after).onLineContaining("String phone");
        String up = Files.readString(dir.resolve("V" + MigrationCase.V2 + "__drop_users_phone_not_null.sql"));
        assertTrue(up.contains("ALTER TABLE users ALTER COLUMN phone DROP NOT NULL;"), up);
    }
}
