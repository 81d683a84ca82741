package dev.tablesmith.rules.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.rules.migration.SafetySources.user;
import static dev.tablesmith.rules.migration.SafetySources.users;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.MigrationCase;
import dev.tablesmith.testing.MigrationRuleContract;
import dev.tablesmith.testing.TestCompiler;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TableRewriteRule}: the contract's cases, then a rewrite beside a metadata-only change with
 * every rule on. What each dialect says a type change costs is {@code TableRewriteTest}'s.
 */
class TableRewriteRuleTest extends MigrationRuleContract {
    @Override
    protected String ruleId() {
        return "table-rewrite";
    }

    @Override
    protected Stream<MigrationCase> violations() {
        return Stream.of(
                violation("INTEGER to BIGINT", users("    Integer visits;\n"), users("    Long visits;\n"),
                        "changing 'users.visits' from INTEGER to BIGINT rewrites the whole table and its indexes under "
                                + "an ACCESS EXCLUSIVE lock (no reads or writes meanwhile); on a big table add a new column, backfill it in batches and "
                                + "switch over, or plan a maintenance window [table-rewrite]", "Long visits"),
                violation("a shorter VARCHAR", users("    @Column(length = 80) String nickname;\n"),
                        users("    @Column(length = 40) String nickname;\n"),
                        "changing 'users.nickname' from VARCHAR(80) to VARCHAR(40) rewrites the whole table and its "
                                + "indexes under an ACCESS EXCLUSIVE lock (no reads or writes meanwhile); on a big table add a new column, backfill it "
                                + "in batches and switch over, or plan a maintenance window [table-rewrite]",
                        "String nickname"));
    }

    @Override
    protected Stream<MigrationCase> compliant() {
        return Stream.of(MigrationCase.safe("a longer VARCHAR is metadata-only",
                users("    @Column(length = 50) String nickname;\n"), users("    @Column(length = 80) String nickname;\n"),
                Map.of()));
    }

    @Test
    void typeChangesThatRewriteTheTableWarnAndMetadataOnlyOnesDoNot(@TempDir Path dir) {
        assertThat(TestCompiler.writingTo(dir).compile(source(user(
                "    Integer visits;\n    @Column(length = 50) String nickname;\n")))).succeeded();
        JavaFileObject src = source(user("    Long visits;\n    @Column(length = 80) String nickname;\n"));
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", MigrationCase.V2).compile(src);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("changing 'users.visits' from INTEGER to BIGINT rewrites the whole table "
                + "and its indexes under an ACCESS EXCLUSIVE lock").inFile(src).onLineContaining("Long visits");
        assertFalse(c.warnings().stream().anyMatch(w -> w.getMessage(null).contains("users.nickname")),
                "a longer VARCHAR is metadata-only");
    }
}
