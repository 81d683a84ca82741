package dev.tablesmith.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.MigrationRule;
import dev.tablesmith.rules.Rule;
import dev.tablesmith.rules.RuleCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every migration-safety rule that reports shows, for each of its {@link #violations}: a first
 * build writes V1, the second one with the changed entities gets one diagnostic at the rule's
 * default severity with the whole text, on the offending line (or on no element when the class is
 * gone); an error writes nothing, a warning writes the migration. {@code @Allow} on the entity
 * suppresses it; {@code -Atablesmith.rule.<id>} changes its severity and {@code off} drops it. The
 * {@link #compliant} changes are migrated without a diagnostic. The migration-safety rules are in
 * scope; naming and integrity rules are off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MigrationRuleContract {
    protected abstract String ruleId();

    protected abstract Stream<MigrationCase> violations();

    protected abstract Stream<MigrationCase> compliant();

    protected final Rule rule() {
        return RuleCatalog.byId(ruleId()).orElseThrow(() -> new AssertionError("no rule " + ruleId()));
    }

    /**
     * A violation at the rule's default severity.
     *
     * @param line a text unique to the offending line of {@code after}'s first source, or null for a
     *     finding on no element
     */
    protected final MigrationCase violation(String name, List<String> before, List<String> after, String message,
            String line) {
        return violation(name, before, after, message, line, Map.of());
    }

    protected final MigrationCase violation(String name, List<String> before, List<String> after, String message,
            String line, Map<String, String> options) {
        return new MigrationCase(name, ruleId(), before, after, message, line, null, options);
    }

    private static TestCompiler compiler(Path dir, String version, Map<String, String> options) {
        TestCompiler c = TestCompiler.writingTo(dir).only(RuleScope.idsOf(Category.MIGRATION))
                .option("tablesmith.version", version);
        options.forEach(c::option);
        return c;
    }

    /** The first build, which must write V1 without a diagnostic. */
    protected static void firstBuild(Path dir, JavaFileObject... sources) {
        assertThat(compiler(dir, MigrationCase.V1, Map.of()).compile(sources)).succeededWithoutWarnings();
    }

    /** The second build, at {@link MigrationCase#V2}. */
    protected static Compilation secondBuild(Path dir, Map<String, String> options, JavaFileObject... sources) {
        return compiler(dir, MigrationCase.V2, options).compile(sources);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void violationIsOneDiagnosticAtTheDefaultSeverityAndAnErrorWritesNothing(MigrationCase c, @TempDir Path dir)
            throws IOException {
        firstBuild(dir, c.beforeFiles());
        Map<String, String> before = MigrationCase.contents(dir);
        JavaFileObject[] after = c.afterFiles();
        Compilation compilation = secondBuild(dir, c.options(), after);
        List<Diagnostic<? extends JavaFileObject>> reported = compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
                .toList();
        assertEquals(1, reported.size(), "one diagnostic: " + reported);
        Diagnostic<? extends JavaFileObject> d = reported.get(0);
        boolean error = c.severity(rule()) == Severity.ERROR;
        assertEquals(error ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING, d.getKind(), "at the default severity");
        assertEquals(c.message(), d.getMessage(null), "the whole text");
        if (c.line() == null) {
            assertNull(d.getSource(), "the class is gone: no element to point at");
        } else if (error) {
            assertThat(compilation).hadErrorContaining(c.message()).inFile(after[0]).onLineContaining(c.line());
        } else {
            assertThat(compilation).hadWarningContaining(c.message()).inFile(after[0]).onLineContaining(c.line());
        }
        if (error) {
            assertThat(compilation).failed();
            assertEquals(before, MigrationCase.contents(dir), "nothing written after the error");
        } else {
            assertThat(compilation).succeeded();
            assertFalse(MigrationCase.files(dir, "V" + MigrationCase.V2).isEmpty(), "the migration is written");
        }
    }

    /**
     * {@code @Allow} on the entity of {@code after} suppresses the finding and the migration is
     * written; a finding on no element (its class is gone) has nothing to carry the {@code @Allow}
     * and stays, so its own option confirms it instead.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void allowOnTheEntitySuppressesIt(MigrationCase c, @TempDir Path dir) throws IOException {
        firstBuild(dir, c.beforeFiles());
        Compilation compilation = secondBuild(dir, c.options(), c.allowedAfterFiles());
        if (c.line() == null) {
            assertTrue(compilation.diagnostics().stream().anyMatch(d -> c.message().equals(d.getMessage(null))),
                    "still reported: " + compilation.diagnostics());
            return;
        }
        assertThat(compilation).succeededWithoutWarnings();
        assertFalse(MigrationCase.files(dir, "V" + MigrationCase.V2).isEmpty(), "the migration is written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void theRulesOptionChangesItsSeverityAndOffDropsIt(MigrationCase c, @TempDir Path dir) throws IOException {
        Path other = dir.resolve("other");
        Path off = dir.resolve("off");
        Severity otherSeverity = c.severity(rule()) == Severity.ERROR ? Severity.WARNING : Severity.ERROR;
        firstBuild(other, c.beforeFiles());
        Compilation changed = secondBuild(other, with(c.options(), c.option(), otherSeverity.label()), c.afterFiles());
        if (otherSeverity == Severity.ERROR) {
            assertThat(changed).failed();
            assertThat(changed).hadErrorCount(1);
            assertThat(changed).hadErrorContaining(c.message());
            assertTrue(MigrationCase.files(other, "V" + MigrationCase.V2).isEmpty(), "nothing written");
        } else {
            assertThat(changed).succeeded();
            assertThat(changed).hadWarningCount(1);
            assertThat(changed).hadWarningContaining(c.message());
            assertFalse(MigrationCase.files(other, "V" + MigrationCase.V2).isEmpty(), "the migration is written");
        }
        firstBuild(off, c.beforeFiles());
        assertThat(secondBuild(off, with(c.options(), c.option(), "off"), c.afterFiles())).succeededWithoutWarnings();
        assertFalse(MigrationCase.files(off, "V" + MigrationCase.V2).isEmpty(), "the migration is written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compliant")
    void compliantChangesAreMigratedWithoutDiagnostic(MigrationCase c, @TempDir Path dir) throws IOException {
        firstBuild(dir, c.beforeFiles());
        assertThat(secondBuild(dir, c.options(), c.afterFiles())).succeededWithoutWarnings();
        assertFalse(MigrationCase.files(dir, "V" + MigrationCase.V2).isEmpty(), "a migration is written");
    }

    @Test
    void theCasesAreThisRulesAndOneIsAtItsDefaultSeverity() {
        assertTrue(rule() instanceof MigrationRule, ruleId() + " is judged on the diff");
        List<MigrationCase> cases = violations().toList();
        assertFalse(cases.isEmpty(), "at least one violation");
        assertFalse(compliant().toList().isEmpty(), "at least one compliant change");
        for (MigrationCase c : cases) {
            assertEquals(ruleId(), c.rule(), c.name());
            assertTrue(c.message().endsWith(" [" + ruleId() + "]"), c + ": " + c.message());
        }
        assertTrue(cases.stream().anyMatch(c -> c.severity(rule()) == rule().defaultSeverity()),
                "a case at the rule's own default severity");
    }

    private static Map<String, String> with(Map<String, String> options, String key, String value) {
        Map<String, String> all = new java.util.HashMap<>(options);
        all.put(key, value);
        return all;
    }
}
