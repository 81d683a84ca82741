package dev.tablesmith.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Rule;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.rules.SchemaRule;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four things every naming and integrity rule's test shows, for each of its {@link #violations}:
 * the violation is one diagnostic at its default severity with the whole text, on the offending
 * line of the file; {@code @Allow} on the element suppresses it; {@code -Atablesmith.rule.<id>}
 * turns it into the other severity, and {@code off} drops it. And its {@link #compliant} sources
 * compile without any diagnostic, with every rule of the family in scope. A rule's test class
 * extends this, lists its cases, and adds what is particular to the rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SchemaRuleContract {
    /** The rule under test. */
    protected abstract String ruleId();

    /** Sources that break the rule once each. */
    protected abstract Stream<RuleCase> violations();

    /** Sources the rule (and every other rule of its family) accepts. */
    protected abstract Stream<RuleCase.Sources> compliant();

    /** The rules switched on for the violations; the rule alone unless a test needs more. */
    protected Collection<String> violationScope() {
        return List.of(ruleId());
    }

    protected final Rule rule() {
        return RuleCatalog.byId(ruleId()).orElseThrow(() -> new AssertionError("no rule " + ruleId()));
    }

    private TestCompiler compiler(RuleCase c) {
        TestCompiler compiler = TestCompiler.validating().only(violationScope());
        c.options().forEach(compiler::option);
        return compiler;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void violationIsOneDiagnosticWithTheWholeTextOnTheOffendingLine(RuleCase c) {
        JavaFileObject[] files = c.files();
        Compilation compilation = compiler(c).compile(files);
        Diagnostic.Kind kind = kind(c.severity(rule()));
        List<Diagnostic<? extends JavaFileObject>> reported = compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
                .toList();
        assertEquals(1, reported.size(), "one diagnostic: " + reported);
        assertEquals(kind, reported.get(0).getKind(), "at the default severity");
        assertEquals(c.message(), reported.get(0).getMessage(null), "the whole text");
        if (kind == Diagnostic.Kind.ERROR) {
            assertThat(compilation).hadErrorContaining(c.message()).inFile(files[0]).onLineContaining(c.line());
        } else {
            assertThat(compilation).succeeded();
            assertThat(compilation).hadWarningContaining(c.message()).inFile(files[0]).onLineContaining(c.line());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void allowOnTheElementSuppressesIt(RuleCase c) {
        assertThat(compiler(c).compile(c.allowedFiles())).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void theRulesOptionChangesItsSeverityAndOffDropsIt(RuleCase c) {
        JavaFileObject[] files = c.files();
        Severity other = c.severity(rule()) == Severity.ERROR ? Severity.WARNING : Severity.ERROR;
        Compilation changed = compiler(c).option(c.option(), other.label()).compile(files);
        if (other == Severity.ERROR) {
            assertThat(changed).failed();
            assertThat(changed).hadErrorCount(1);
            assertThat(changed).hadErrorContaining(c.message()).inFile(files[0]).onLineContaining(c.line());
        } else {
            assertThat(changed).succeeded();
            assertThat(changed).hadWarningCount(1);
            assertThat(changed).hadWarningContaining(c.message()).inFile(files[0]).onLineContaining(c.line());
        }
        assertThat(compiler(c).option(c.option(), "off").compile(files)).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compliant")
    void compliantSourcesHaveNoDiagnostic(RuleCase.Sources sources) {
        Compilation c = TestCompiler.validating().only(RuleScope.idsOf(rule().category())).compile(sources.files());
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void theCasesAreThisRulesAndOneIsAtItsDefaultSeverity() {
        assertTrue(rule() instanceof SchemaRule, ruleId() + " is judged on the model");
        List<RuleCase> cases = violations().toList();
        assertFalse(cases.isEmpty(), "at least one violation");
        assertFalse(compliant().toList().isEmpty(), "at least one compliant case");
        for (RuleCase c : cases) {
            assertTrue(c.message().endsWith(" [" + ruleId() + "]"), c + ": " + c.message());
        }
        assertTrue(cases.stream().anyMatch(c -> c.severity(rule()) == rule().defaultSeverity()),
                "a case at the rule's own default severity");
    }

    /**
     * A violation of this rule at its default severity.
     *
     * @param message the whole text javac prints, id in brackets included
     * @param line a text unique to the line the diagnostic must be on, in the first source
     * @param sources the first holds the violation; the others are entities it references
     */
    protected final RuleCase violation(String name, String message, String line, String... sources) {
        return violation(name, Map.of(), message, line, sources);
    }

    /** As {@link #violation(String, String, String, String...)}, with extra {@code -A} options (keys without -A). */
    protected final RuleCase violation(String name, Map<String, String> options, String message, String line,
            String... sources) {
        return RuleCase.of(ruleId(), name, List.of(sources), message, line, options);
    }

    private static Diagnostic.Kind kind(Severity severity) {
        return severity == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    }
}
