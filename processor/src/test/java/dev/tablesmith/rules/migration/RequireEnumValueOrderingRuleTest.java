package dev.tablesmith.rules.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.rules.migration.SafetySources.user;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.findings.Severity;
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
 * {@link RequireEnumValueOrderingRule}: the contract's cases (an ordinal enum reordered is an error, a
 * STRING enum's removed constant a warning; appending is fine), then a reorder that changes no DDL,
 * and a snapshot written before the constants were recorded.
 */
class RequireEnumValueOrderingRuleTest extends MigrationRuleContract {
    private static final String ORDINAL = "    Status status;\n";
    private static final String STRING = "    @Enumerated(EnumType.STRING) @Column(length = 20) Status status;\n";

    private static String status(String constants) {
        return "package app;\npublic enum Status { " + constants + " }\n";
    }

    private static List<String> users(String field, String constants) {
        return List.of(user(field), status(constants));
    }

    @Override
    protected String ruleId() {
        return "require-enum-value-ordering";
    }

    @Override
    protected Stream<MigrationCase> violations() {
        return Stream.of(
                violation("an ordinal enum reordered", users(ORDINAL, "NEW, PAID, SHIPPED"),
                        users(ORDINAL, "PAID, NEW, SHIPPED, CANCELLED"),
                        "column 'users.status' stores its enum by ordinal, and the stored value 0, which meant NEW, "
                                + "now means PAID (NEW moved to 1): every existing row would change meaning. Restore "
                                + "the constants' order and add new ones at the end only, or store the name with "
                                + "@Enumerated(EnumType.STRING) [require-enum-value-ordering]", "Status status"),
                new MigrationCase("a STRING enum's constant removed", ruleId(), users(STRING, "NEW, PAID, SHIPPED"),
                        users(STRING, "NEW, SHIPPED"),
                        "column 'users.status' may still hold the removed enum constant(s) PAID: the tighter CHECK "
                                + "fails on those rows and the running release still writes them; update the rows to "
                                + "another constant in an earlier release, then remove the constant "
                                + "[require-enum-value-ordering]", "Status status", Severity.WARNING, Map.of()));
    }

    @Override
    protected Stream<MigrationCase> compliant() {
        return Stream.of(
                MigrationCase.safe("an ordinal enum appended to", users(ORDINAL, "NEW, PAID"),
                        users(ORDINAL, "NEW, PAID, SHIPPED"), Map.of()),
                MigrationCase.safe("a STRING enum reordered and added to", users(STRING, "NEW, PAID"),
                        users(STRING, "PAID, NEW, SHIPPED"), Map.of()));
    }

    private static JavaFileObject[] files(String field, String constants) {
        return new JavaFileObject[] {source(user(field)), source(status(constants))};
    }

    private static TestCompiler second(Path dir) {
        return TestCompiler.writingTo(dir).option("tablesmith.version", MigrationCase.V2);
    }

    @Test
    void aReorderThatChangesNoDdlIsStillAnError(@TempDir Path dir) throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(files(ORDINAL, "NEW, PAID, SHIPPED"))).succeeded();
        assertTrue(Files.readString(dir.resolve("tablesmith-snapshot.json")).contains("\"enums\""));
        Map<String, String> before = MigrationCase.contents(dir);
        JavaFileObject[] after = files(ORDINAL, "NEW, SHIPPED, PAID");
        Compilation c = second(dir).compile(after);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("the stored value 1, which meant PAID, now means SHIPPED (PAID moved to 2)")
                .inFile(after[0]).onLineContaining("Status status");
        assertEquals(before, MigrationCase.contents(dir), "nothing written");
    }

    @Test
    void aSnapshotWithoutTheConstantsReadsFineAndGivesNoFinding(@TempDir Path dir) throws IOException {
        assertThat(TestCompiler.writingTo(dir).compile(files(ORDINAL, "NEW, PAID, SHIPPED"))).succeeded();
        Path snapshot = dir.resolve("tablesmith-snapshot.json");
        String json = Files.readString(snapshot);
        int enums = json.indexOf(",\n    \"enums\"");
        assertTrue(enums > 0, json);
        // as written before the section existed: the schema object closes after its tables
        String old = json.substring(0, enums) + "\n  }\n}\n";
        Files.writeString(snapshot, old);
        Compilation c = second(dir).compile(files(ORDINAL, "SHIPPED, PAID, NEW, CANCELLED"));
        assertThat(c).succeeded();
        assertTrue(c.diagnostics().stream().noneMatch(d -> d.getMessage(null).endsWith("[" + ruleId() + "]")),
                c.diagnostics().toString());
        assertTrue(Files.readString(snapshot).replaceAll("\\s", "").contains("\"constants\":[\"SHIPPED\",\"PAID\","
                + "\"NEW\",\"CANCELLED\"]"), "the next migration records them: " + Files.readString(snapshot));
    }
}
