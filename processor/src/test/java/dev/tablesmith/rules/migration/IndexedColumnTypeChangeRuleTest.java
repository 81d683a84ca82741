package dev.tablesmith.rules.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.rules.migration.SafetySources.user;
import static dev.tablesmith.rules.migration.SafetySources.users;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.MigrationCase;
import dev.tablesmith.testing.MigrationRuleContract;
import dev.tablesmith.testing.TestCompiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IndexedColumnTypeChangeRule}: the contract's cases (a unique column and a column of a declared
 * index change type; a longer VARCHAR keeps the index), then one finding per change beside
 * table-rewrite, with every rule on.
 */
class IndexedColumnTypeChangeRuleTest extends MigrationRuleContract {
    private static String indexedUser(String fields) {
        return user(fields).replace("@Entity @Table(name = \"users\")",
                "@Entity @Table(name = \"users\") @TableIndex(columns = \"nickname\")");
    }

    @Override
    protected String ruleId() {
        return "indexed-column-type-change";
    }

    @Override
    protected Stream<MigrationCase> violations() {
        return Stream.of(
                violation("a unique INTEGER to BIGINT", users("    @Column(unique = true) Integer badge;\n"),
                        users("    @Column(unique = true) Long badge;\n"),
                        "changing 'users.badge' from INTEGER to BIGINT rewrites the whole table and its indexes under "
                                + "an ACCESS EXCLUSIVE lock (no reads or writes meanwhile), and rebuilds what holds the "
                                + "column meanwhile (unique users_badge_unique); on a big table add a column of the new "
                                + "type, backfill it in batches, build its indexes CONCURRENTLY and add its keys NOT "
                                + "VALID then VALIDATE them, and swap the columns in one short transaction "
                                + "[indexed-column-type-change]", "Long badge"),
                violation("a shorter VARCHAR in a declared index",
                        List.of(indexedUser("    @Column(length = 80) String nickname;\n")),
                        List.of(indexedUser("    @Column(length = 40) String nickname;\n")),
                        "changing 'users.nickname' from VARCHAR(80) to VARCHAR(40) rewrites the whole table and its "
                                + "indexes under an ACCESS EXCLUSIVE lock (no reads or writes meanwhile), and rebuilds "
                                + "what holds the column meanwhile (index idx_users_nickname); on a big table add a "
                                + "column of the new type, backfill it in batches, build its indexes CONCURRENTLY and "
                                + "add its keys NOT VALID then VALIDATE them, and swap the columns in one short "
                                + "transaction [indexed-column-type-change]", "String nickname"));
    }

    @Override
    protected Stream<MigrationCase> compliant() {
        return Stream.of(MigrationCase.safe("a longer VARCHAR keeps the index",
                List.of(indexedUser("    @Column(length = 50) String nickname;\n")),
                List.of(indexedUser("    @Column(length = 80) String nickname;\n")), Map.of()));
    }

    @Test
    void anIndexedAndAPlainColumnChangedTogetherAreOneFindingEach(@TempDir Path dir) {
        assertThat(TestCompiler.writingTo(dir).compile(source(user(
                "    @Column(unique = true) Integer badge;\n    Integer visits;\n")))).succeeded();
        JavaFileObject src = source(user("    @Column(unique = true) Long badge;\n    Long visits;\n"));
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", MigrationCase.V2).compile(src);
        assertThat(c).succeeded();
        assertEquals(2, c.warnings().stream().map(w -> w.getMessage(null))
                .filter(m -> m.endsWith("[table-rewrite]") || m.endsWith("[indexed-column-type-change]")).count(),
                c.warnings().toString());
        assertThat(c).hadWarningContaining("changing 'users.badge' from INTEGER to BIGINT")
                .inFile(src).onLineContaining("Long badge");
        assertThat(c).hadWarningContaining("unique users_badge_unique); on a big table").inFile(src)
                .onLineContaining("Long badge");
        assertThat(c).hadWarningContaining("changing 'users.visits' from INTEGER to BIGINT rewrites the whole table "
                + "and its indexes under an ACCESS EXCLUSIVE lock (no reads or writes meanwhile); on a big table add a "
                + "new column").inFile(src).onLineContaining("Long visits");
    }
}
