package dev.tablesmith.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.testing.TestCompiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Engine-level behaviour shared by every rule, shown with {@code primary-key-required} (reported on
 * a class) and {@code fk-target-entity} (reported on a field): the severity options, their
 * precedence, and {@code @Allow}.
 */
class SeverityConfigTest {
    static final String NO_KEY = "table 'notes' has no primary key: add an @Id field (or @EmbeddedId) "
            + "[primary-key-required]";
    static final String NOT_AN_ENTITY = "relation 'address' targets app.Address, which is not an @Entity: "
            + "annotate it with @Entity, or map it as @Embedded [fk-target-entity]";

    static final JavaFileObject NOTE = source("""
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "notes")
            public class Note {
                String body;
            }
            """);

    static final JavaFileObject ADDRESS = source("""
            package app;
            public class Address { String street; }
            """);

    @Test
    void aRuleReportsAtItsDefaultSeverity() {
        Compilation c = TestCompiler.validating().only("primary-key-required", "fk-target-entity").compile(NOTE);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining(NO_KEY).inFile(NOTE).onLineContaining("public class Note");
    }

    @Test
    void theWarningBaselineTurnsRuleErrorsIntoWarnings() {
        Compilation c = TestCompiler.validating().only("primary-key-required", "fk-target-entity").option("tablesmith.rules", "warning").compile(NOTE);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining(NO_KEY).inFile(NOTE).onLineContaining("public class Note");
    }

    @Test
    void aRulesOwnOptionWinsOverTheBaseline() {
        Compilation error = TestCompiler.validating().only("primary-key-required", "fk-target-entity").option("tablesmith.rules", "warning")
                .option("tablesmith.rule.primary_key_required", "error").compile(NOTE);
        assertThat(error).failed();
        assertThat(error).hadErrorContaining(NO_KEY).inFile(NOTE).onLineContaining("public class Note");

        Compilation warning = TestCompiler.validating().only("primary-key-required", "fk-target-entity").option("tablesmith.rules", "off")
                .option("tablesmith.rule.primary_key_required", "warning").compile(NOTE);
        assertThat(warning).succeeded();
        assertThat(warning).hadWarningContaining(NO_KEY).inFile(NOTE).onLineContaining("public class Note");
    }

    @Test
    void offDropsTheRule() {
        assertThat(TestCompiler.validating().only("primary-key-required", "fk-target-entity").option("tablesmith.rule.primary_key_required", "off").compile(NOTE))
                .succeededWithoutWarnings();
        assertThat(TestCompiler.validating().only("primary-key-required", "fk-target-entity").option("tablesmith.rules", "off").compile(NOTE))
                .succeededWithoutWarnings();
    }

    @Test
    void offForOneRuleLeavesTheOthers() {
        JavaFileObject both = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "notes")
                public class Note {
                    @ManyToOne Address address;
                }
                """);
        Compilation c = TestCompiler.validating().only("primary-key-required", "fk-target-entity").option("tablesmith.rule.primary_key_required", "off")
                .compile(both, ADDRESS);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining(NOT_AN_ENTITY).inFile(both).onLineContaining("Address address");
    }

    @Test
    void anUnknownRuleIdInAnOptionIsAnErrorListingTheValidIds() {
        Compilation c = TestCompiler.validating().only("primary-key-required", "fk-target-entity").option("tablesmith.rule.primary_key_requird", "off").compile(NOTE);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("-Atablesmith.rule.primary_key_requird names no rule: valid ids are "
                + String.join(", ", RuleCatalog.ids()));
        assertThat(c).hadErrorContaining("[options]");
    }

    @Test
    void aWrongSeverityIsAnError() {
        Compilation c = TestCompiler.validating().only("primary-key-required", "fk-target-entity").option("tablesmith.rules", "fatal")
                .option("tablesmith.rule.fk_target_entity", "loud").compile(NOTE);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("-Atablesmith.rules=fatal is unknown: use error, warning or off [options]");
        assertThat(c).hadErrorContaining("-Atablesmith.rule.fk_target_entity=loud is unknown: use error, warning or off");
    }

    @Test
    void allowWithAnUnknownIdIsAnErrorOnTheIdListingTheValidIds() {
        JavaFileObject note = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.Allow;
                @Entity @Table(name = "notes")
                @Allow(value = "primary-key-requird", reason = "rows are write-once")
                public class Note {
                    String body;
                }
                """);
        Compilation c = TestCompiler.validating().only("primary-key-required", "fk-target-entity").compile(note);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("@Allow names no rule 'primary-key-requird': valid ids are "
                + String.join(", ", RuleCatalog.ids()) + " [invalid-allow]")
                .inFile(note).onLineContaining("@Allow(value = \"primary-key-requird\"");
        // the misspelt @Allow suppresses nothing
        assertThat(c).hadErrorContaining(NO_KEY).inFile(note).onLineContaining("public class Note");
    }

    @Test
    void allowWithAnEmptyReasonIsAnError() {
        JavaFileObject note = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.Allow;
                @Entity @Table(name = "notes")
                public class Note {
                    @Id Long id;
                    @Allow(value = "fk-target-entity", reason = " ")
                    @ManyToOne Address address;
                }
                """);
        Compilation c = TestCompiler.validating().only("primary-key-required", "fk-target-entity").compile(note, ADDRESS);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("@Allow(\"fk-target-entity\") needs a reason: say why the rule does not "
                + "apply here").inFile(note).onLineContaining("reason = \" \"");
    }

    @Test
    void allowOnAClassSuppressesTheRuleOnTheClass() {
        JavaFileObject note = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.Allow;
                @Entity @Table(name = "notes")
                @Allow(value = "primary-key-required", reason = "append-only log read by a reporting tool")
                public class Note {
                    String body;
                }
                """);
        assertThat(TestCompiler.validating().only("primary-key-required", "fk-target-entity").compile(note)).succeededWithoutWarnings();
    }

    @Test
    void allowOnAClassCoversItsFields() {
        JavaFileObject note = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.Allow;
                @Entity @Table(name = "notes")
                @Allow(value = "fk-target-entity", reason = "addresses live in another service")
                public class Note {
                    @Id Long id;
                    @ManyToOne Address address;
                }
                """);
        assertThat(TestCompiler.validating().only("primary-key-required", "fk-target-entity").compile(note, ADDRESS)).succeededWithoutWarnings();
    }

    @Test
    void allowOnAFieldSuppressesOnlyThatFieldAndOnlyThatRule() {
        JavaFileObject note = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.Allow;
                @Entity @Table(name = "notes")
                public class Note {
                    @Allow(value = "fk-target-entity", reason = "addresses live in another service")
                    @ManyToOne Address address;
                    @ManyToOne Address billingAddress;
                }
                """);
        Compilation c = TestCompiler.validating().only("primary-key-required", "fk-target-entity").compile(note, ADDRESS);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(2);
        assertThat(c).hadErrorContaining("relation 'billingAddress' targets app.Address")
                .inFile(note).onLineContaining("Address billingAddress");
        assertThat(c).hadErrorContaining(NO_KEY).inFile(note).onLineContaining("public class Note");
    }

    @Test
    void repeatedAllowsSuppressEachTheirRule() {
        JavaFileObject note = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.Allow;
                @Entity @Table(name = "notes")
                @Allow(value = "primary-key-required", reason = "append-only log read by a reporting tool")
                @Allow(value = "fk-target-entity", reason = "addresses live in another service")
                public class Note {
                    @ManyToOne Address address;
                }
                """);
        assertThat(TestCompiler.validating().only("primary-key-required", "fk-target-entity").compile(note, ADDRESS)).succeededWithoutWarnings();
    }

    @Test
    void aSuppressedErrorUnderTheWarningBaselineStaysSuppressed() {
        JavaFileObject note = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.Allow;
                @Entity @Table(name = "notes")
                @Allow(value = "primary-key-required", reason = "append-only log read by a reporting tool")
                public class Note {
                    String body;
                }
                """);
        assertThat(TestCompiler.validating().only("primary-key-required", "fk-target-entity").option("tablesmith.rules", "warning").compile(note))
                .succeededWithoutWarnings();
    }

    @Test
    void allowIsCheckedOnUnmappedMembersAndThePackageToo() {
        JavaFileObject note = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.Allow;
                @Entity @Table(name = "notes")
                public class Note {
                    @Id Long id;
                    @Allow(value = "no-such-rule", reason = "cached")
                    @Transient String preview;
                    @Allow(value = "fk-target-entity", reason = "")
                    String title() { return preview; }
                }
                """);
        JavaFileObject pkg = JavaFileObjects.forSourceString("app.package-info", """
                @Allow(value = "primary-key-requird", reason = "legacy schema")
                package app;
                import dev.tablesmith.annotations.Allow;
                """);
        Compilation c = TestCompiler.validating().only("primary-key-required", "fk-target-entity").compile(note, pkg);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(3);
        assertThat(c).hadErrorContaining("@Allow names no rule 'no-such-rule'").inFile(note)
                .onLineContaining("no-such-rule");
        assertThat(c).hadErrorContaining("@Allow(\"fk-target-entity\") needs a reason").inFile(note)
                .onLineContaining("reason = \"\"");
        assertThat(c).hadErrorContaining("@Allow names no rule 'primary-key-requird'").inFile(pkg)
                .onLineContaining("primary-key-requird");
    }

    @Test
    void allowOnThePackageCoversItsEntities() {
        JavaFileObject pkg = JavaFileObjects.forSourceString("app.package-info", """
                @Allow(value = "primary-key-required", reason = "an append-only reporting schema")
                package app;
                import dev.tablesmith.annotations.Allow;
                """);
        assertThat(TestCompiler.validating().only("primary-key-required", "fk-target-entity").compile(NOTE, pkg)).succeededWithoutWarnings();
    }

    /** Findings are met table by table, so each order is tried: the allowing table first, then last. */
    @ParameterizedTest
    @ValueSource(strings = {"agendas", "notes"})
    void allowOnOneSubclassLeavesTheFindingAnotherSubclassInherits(String allowingTable) {
        JavaFileObject owned = source("""
                package app;
                import jakarta.persistence.*;
                @MappedSuperclass
                public abstract class Owned {
                    @Id Long id;
                    @Column(name = "ownerNote") String ownerNote;
                }
                """);
        String allow = "@Allow(value = \"column-snake-case\", reason = \"read by a legacy tool that expects this name\")";
        JavaFileObject agenda = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.Allow;
                @Entity @Table(name = "agendas")
                %s
                public class Agenda extends Owned { }
                """.formatted(allowingTable.equals("agendas") ? allow : ""));
        JavaFileObject note = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.Allow;
                @Entity @Table(name = "notes")
                %s
                public class Note extends Owned { }
                """.formatted(allowingTable.equals("notes") ? allow : ""));
        Compilation c = TestCompiler.validating().only("column-snake-case").option("tablesmith.naming", "jpa")
                .compile(agenda, note, owned);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("column name 'ownerNote' should be snake_case").inFile(owned)
                .onLineContaining("\"ownerNote\"");
    }
}
