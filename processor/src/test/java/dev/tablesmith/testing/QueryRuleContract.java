package dev.tablesmith.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.QueryRule;
import dev.tablesmith.rules.Rule;
import dev.tablesmith.rules.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four things every query rule's test shows, for each of its {@link #violations}: the violating
 * source gets the whole message at the rule's default severity (its severity when on, for an opt-in
 * rule), in the file that declares the query and on the line of its value; the compliant variant gets
 * no diagnostic; {@code @Allow} on the declaration suppresses it; {@code -Atablesmith.rule.<id>}
 * turns it into the other severity, and {@code off} drops it. Only the query rules are on, so the
 * {@link #fixtures} need not satisfy the schema rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class QueryRuleContract {
    /** The rule under test. */
    protected abstract String ruleId();

    /** Sources that break the rule once each. */
    protected abstract Stream<QueryRuleCase> violations();

    /** The entities (and library types) every case compiles with. */
    protected abstract List<JavaFileObject> fixtures();

    protected final Rule rule() {
        return RuleCatalog.byId(ruleId()).orElseThrow(() -> new AssertionError("no rule " + ruleId()));
    }

    /**
     * A violation of this rule.
     *
     * @param holder the source declaring the query; {@code /*ALLOW*}{@code /} marks where {@code @Allow} goes
     * @param bad the text that {@code fix} replaces to make the compliant variant
     * @param message the text javac prints, without the id in brackets
     * @param line text on the line the diagnostic must be on
     */
    protected final QueryRuleCase violation(String holder, String bad, String fix, String message, String line) {
        return new QueryRuleCase(ruleId(), holder, bad, fix, message, line);
    }

    private String option() {
        return "tablesmith.rule." + ruleId().replace('-', '_');
    }

    /** Only the query rules; an opt-in rule is turned on at its severity when on. */
    protected final TestCompiler queryRules() {
        TestCompiler c = TestCompiler.validating().only(RuleScope.idsOf(Category.QUERIES));
        if (rule().defaultSeverity() == Severity.OFF) {
            c.option(option(), rule().severityWhenOn().label());
        }
        return c;
    }

    protected final Compilation compile(TestCompiler compiler, JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(fixtures());
        all.addAll(List.of(sources));
        return compiler.compileAll(all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void violationIsReportedOnTheQueryAtTheDefaultSeverity(QueryRuleCase c) {
        JavaFileObject source = c.violating();
        Compilation compilation = compile(queryRules(), source);
        JavaFileObject file = source;
        if (rule().severityWhenOn() == Severity.ERROR) {
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation).hadErrorContaining(c.text()).inFile(file).onLineContaining(c.line());
        } else {
            assertThat(compilation).succeeded();
            assertThat(compilation).hadWarningContaining(c.text()).inFile(file).onLineContaining(c.line());
            assertEquals(1, compilation.warnings().size(), () -> "one warning: " + compilation.warnings());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void compliantSourceHasNoDiagnostic(QueryRuleCase c) {
        assertThat(compile(queryRules(), c.compliant())).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void allowOnTheDeclarationSuppressesIt(QueryRuleCase c) {
        assertThat(compile(queryRules(), c.allowed())).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void theRulesOptionChangesItsSeverityAndOffDropsIt(QueryRuleCase c) {
        JavaFileObject source = c.violating();
        JavaFileObject file = source;
        Severity other = rule().severityWhenOn() == Severity.ERROR ? Severity.WARNING : Severity.ERROR;
        Compilation compilation = compile(queryRules().option(option(), other.label()), source);
        if (other == Severity.ERROR) {
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorContaining(c.text()).inFile(file).onLineContaining(c.line());
        } else {
            assertThat(compilation).succeeded();
            assertThat(compilation).hadWarningContaining(c.text()).inFile(file).onLineContaining(c.line());
        }
        assertThat(compile(queryRules().option(option(), "off"), source)).succeededWithoutWarnings();
    }

    @Test
    void theCasesAreThisRules() {
        assertTrue(rule() instanceof QueryRule, ruleId() + " is judged on the queries");
        List<QueryRuleCase> cases = violations().toList();
        assertFalse(cases.isEmpty(), "at least one violation");
        for (QueryRuleCase c : cases) {
            assertEquals(ruleId(), c.id(), c.toString());
        }
    }
}
