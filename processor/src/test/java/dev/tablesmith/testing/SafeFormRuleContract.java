package dev.tablesmith.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.rules.SafeFormRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every migration-safety rule that chooses how a change is written ({@link SafeFormRule})
 * shows, on one change of an existing table: at any severity but {@code off} the lock-light form
 * is written and nothing is reported; {@code off} writes the plain statement. Such a rule reports
 * nothing, so {@code @Allow} has nothing to suppress: it is accepted (the id is a rule) and the form
 * is still chosen for the whole build. The migration-safety rules are in scope.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SafeFormRuleContract {
    protected abstract String ruleId();

    /** The entities of the first build. */
    protected abstract List<String> before();

    /** The entities of the second build, whose first source changes an existing table. */
    protected abstract List<String> after();

    /** Texts of the second build's up files in the lock-light form, none of them in the plain one. */
    protected abstract List<String> safeForm();

    /** Texts of the second build's up files when the rule is off. */
    protected abstract List<String> plainForm();

    /** The up files of the second build, concatenated in name order. */
    private static String upFiles(Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : MigrationCase.files(dir, "V" + MigrationCase.V2)) {
            if (name.endsWith(".sql")) {
                text.append(Files.readString(dir.resolve(name)));
            }
        }
        return text.toString();
    }

    private String migrate(Path dir, Map<String, String> options, boolean allow) throws IOException {
        TestCompiler first = TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.MIGRATION));
        assertThat(first.compile(RuleCase.Sources.files(before()))).succeededWithoutWarnings();
        TestCompiler second = TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.MIGRATION))
                .option("tablesmith.version", MigrationCase.V2);
        options.forEach(second::option);
        RuleCase asCase = RuleCase.of(ruleId(), "after", after(), "", "");
        Compilation c = second.compile(allow ? asCase.allowedFiles() : asCase.files());
        assertThat(c).succeededWithoutWarnings();
        String up = upFiles(dir);
        assertFalse(up.isEmpty(), "a migration is written");
        return up;
    }

    private void assertSafe(String up) {
        for (String text : safeForm()) {
            assertTrue(up.contains(text), "lock-light form: " + text + " in\n" + up);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"default", "error", "warning"})
    void atAnySeverityButOffTheLockLightFormIsWrittenAndNothingIsReported(String severity, @TempDir Path dir)
            throws IOException {
        Map<String, String> options = severity.equals("default") ? Map.of() : Map.of(option(), severity);
        assertSafe(migrate(dir, options, false));
    }

    @Test
    void offWritesThePlainStatement(@TempDir Path dir) throws IOException {
        String up = migrate(dir, Map.of(option(), "off"), false);
        for (String text : plainForm()) {
            assertTrue(up.contains(text), "plain form: " + text + " in\n" + up);
        }
        for (String text : safeForm()) {
            assertFalse(up.contains(text), "no lock-light form: " + text + " in\n" + up);
        }
    }

    @Test
    void anAllowIsAcceptedAndTheFormIsStillChosenForTheBuild(@TempDir Path dir) throws IOException {
        assertSafe(migrate(dir, Map.of(), true));
    }

    @Test
    void theRuleChoosesAFormAndReportsNothing() {
        assertTrue(RuleCatalog.byId(ruleId()).orElseThrow() instanceof SafeFormRule, ruleId());
    }

    private String option() {
        return "tablesmith.rule." + ruleId().replace('-', '_');
    }
}
