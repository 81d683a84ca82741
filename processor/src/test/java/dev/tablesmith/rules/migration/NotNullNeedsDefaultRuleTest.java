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
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link NotNullNeedsDefaultRule}: the contract's cases, then both forms at once with every rule on. */
class NotNullNeedsDefaultRuleTest extends MigrationRuleContract {
    private static final String TAG = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "tags")
            public class Tag {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false) String label;
                int uses;
            }
            """;

    @Override
    protected String ruleId() {
        return "not-null-needs-default";
    }

    @Override
    protected Stream<MigrationCase> violations() {
        return Stream.of(
                violation("a NOT NULL column", users(""), users("    @Column(nullable = false) String phone;\n"),
                        "column 'users.phone' is added NOT NULL without a default to the existing table 'users': the "
                                + "ALTER fails on its rows, and the running release inserts rows without it; add "
                                + "@Default(\"<sql>\") (or @ColumnDefault), or make the column nullable now, backfill it "
                                + "and make it NOT NULL in a later migration [not-null-needs-default]", "String phone"),
                violation("a primitive field", users(""), users("    boolean active;\n"),
                        "column 'users.active' is added NOT NULL without a default to the existing table 'users': the "
                                + "ALTER fails on its rows, and the running release inserts rows without it; a "
                                + "primitive boolean field gets no database default by itself: add @Default(\"false\") "
                                + "[not-null-needs-default]", "boolean active"));
    }

    @Override
    protected Stream<MigrationCase> compliant() {
        return Stream.of(
                MigrationCase.safe("defaults", users(""), users(
                        "    @Default(\"''\") @Column(nullable = false) String phone;\n    @Default(\"0\") int logins;\n"),
                        Map.of()),
                MigrationCase.safe("NOT NULL columns of a new table", users(""), List.of(user(""), TAG), Map.of()));
    }

    @Test
    void notNullColumnWithoutDefaultOnAnExistingTableIsAnErrorOnTheField(@TempDir Path dir) throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(source(user("")))).succeeded();
        Map<String, String> before = MigrationCase.contents(dir);
        JavaFileObject src = source(user("    @Column(nullable = false) String phone;\n    int logins;\n"));
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", MigrationCase.V2).compile(src);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("column 'users.phone' is added NOT NULL without a default to the existing "
                + "table 'users': the ALTER fails on its rows, and the running release inserts rows without it; add "
                + "@Default(\"<sql>\") (or @ColumnDefault), or make the column nullable now, backfill it and make it "
                + "NOT NULL in a later migration [not-null-needs-default]").inFile(src).onLineContaining("String phone");
        assertThat(c).hadErrorContaining("a primitive int field gets no database default by itself: add @Default(\"0\") "
                + "[not-null-needs-default]").inFile(src).onLineContaining("int logins");
        assertEquals(before, MigrationCase.contents(dir));

        Compilation fixed = TestCompiler.writingTo(dir).option("tablesmith.version", MigrationCase.V2).compile(source(
                user("    @Default(\"''\") @Column(nullable = false) String phone;\n    @Default(\"0\") int logins;\n")));
        assertThat(fixed).succeeded();
    }
}
