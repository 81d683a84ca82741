package dev.tablesmith.rules.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.rules.migration.SafetySources.user;
import static dev.tablesmith.rules.migration.SafetySources.users;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.dialect.Dialects;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.testing.MigrationCase;
import dev.tablesmith.testing.MigrationRuleContract;
import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AddColumnRewriteRule}: the contract's cases (a volatile default and a STORED generated column
 * added to an existing table; a stable now() and a new table are instant), then what each dialect
 * says, and the SQL, which the warning leaves as declared.
 */
class AddColumnRewriteRuleTest extends MigrationRuleContract {
    private static final String TOKEN = "    @Default(\"gen_random_uuid()\") java.util.UUID token;\n";
    private static final String GENERATED = "    @Column(columnDefinition = \"integer GENERATED ALWAYS AS (length(email)) "
            + "STORED\", insertable = false, updatable = false) Integer emailLength;\n";
    private static final String REWRITE = "rewriting the whole table under an ACCESS EXCLUSIVE lock (no reads or "
            + "writes meanwhile)";

    @Override
    protected String ruleId() {
        return "add-column-rewrite";
    }

    @Override
    protected Stream<MigrationCase> violations() {
        return Stream.of(
                violation("a volatile default", users(""), users(TOKEN),
                        "adding column 'users.token' with DEFAULT gen_random_uuid() to the existing table 'users' "
                                + "makes PostgreSQL call the volatile gen_random_uuid() for every row, " + REWRITE
                                + "; add it nullable without a default, backfill it in batches, then set the default "
                                + "(and NOT NULL) in a later migration [add-column-rewrite]", "UUID token"),
                violation("a STORED generated column", users(""), users(GENERATED),
                        "adding the STORED generated column 'users.email_length' to the existing table 'users' makes "
                                + "PostgreSQL compute it for every row, " + REWRITE + "; add a plain nullable column, "
                                + "fill it from a trigger and backfill it in batches, or declare it VIRTUAL where the "
                                + "database has that [add-column-rewrite]", "Integer emailLength"));
    }

    @Override
    protected Stream<MigrationCase> compliant() {
        return Stream.of(
                MigrationCase.safe("a stable now() default", users(""),
                        users("    @Default(\"now()\") java.time.Instant seenAt;\n"), Map.of()),
                MigrationCase.safe("a volatile default in a string is a constant", users(""),
                        users("    @Column(length = 40) @Default(\"'random()'\") String note;\n"), Map.of()),
                MigrationCase.safe("a volatile default on a new table", users(""), java.util.List.of(user(""), """
                        package app;
                        import jakarta.persistence.*;
                        import dev.tablesmith.annotations.*;
                        @Entity @Table(name = "sessions")
                        public class Session {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            @Default("gen_random_uuid()") java.util.UUID token;
                        }
                        """), Map.of()));
    }

    @Test
    void eachDialectSaysWhatTheAddCosts() {
        Column volatileDefault = Column.of("token", ColumnType.of(ColumnType.Kind.UUID), true)
                .withDefault("clock_timestamp()");
        Column stored = Column.of("email_length",
                ColumnType.custom("integer GENERATED ALWAYS AS (length(email)) STORED"), true);
        Column virtual = Column.of("email_length", ColumnType.custom("integer AS (length(email)) VIRTUAL"), true);
        Dialect postgres = Dialects.byId("postgresql").orElseThrow();
        Dialect mysql = Dialects.byId("mysql").orElseThrow();
        Dialect sqlite = Dialects.byId("sqlite").orElseThrow();
        assertEquals(Optional.of("makes PostgreSQL call the volatile clock_timestamp() for every row, " + REWRITE),
                postgres.addColumnRewrite(volatileDefault));
        assertEquals(Optional.of("makes PostgreSQL compute it for every row, " + REWRITE),
                postgres.addColumnRewrite(stored));
        assertEquals(Optional.empty(), postgres.addColumnRewrite(virtual));
        assertEquals(Optional.empty(), mysql.addColumnRewrite(volatileDefault), "InnoDB adds any default instantly");
        assertEquals(Optional.of("makes MySQL/MariaDB compute it for every row, copying the whole table "
                + "(ALGORITHM=COPY) and blocking writes meanwhile"), mysql.addColumnRewrite(stored));
        assertEquals(Optional.empty(), mysql.addColumnRewrite(virtual));
        assertEquals(Optional.empty(), sqlite.addColumnRewrite(stored));
    }

    @Test
    void theWarningLeavesTheStatementAsDeclared(@TempDir Path dir) throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(source(user("")))).succeeded();
        JavaFileObject after = source(user(TOKEN));
        Compilation c = TestCompiler.writingTo(dir).option("tablesmith.version", MigrationCase.V2).compile(after);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("adding column 'users.token' with DEFAULT gen_random_uuid()")
                .inFile(after).onLineContaining("UUID token");
        String up = Files.readString(dir.resolve("V" + MigrationCase.V2 + "__add_users_token.sql"));
        assertTrue(up.contains("ALTER TABLE users ADD COLUMN token UUID DEFAULT gen_random_uuid();"), up);
    }
}
