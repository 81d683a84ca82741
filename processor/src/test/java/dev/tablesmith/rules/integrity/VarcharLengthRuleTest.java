package dev.tablesmith.rules.integrity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.RuleCase;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@link VarcharLengthRule}: the contract's cases, then what is exempt. */
class VarcharLengthRuleTest extends IntegrityRuleContract {
    private static final String TEAM = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "teams")
            public class Team extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                /*ALLOW*/@Column(nullable = false) String name;
            }
            """;

    @Override
    protected String ruleId() {
        return "varchar-length";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(integrityViolation("the default length",
                "String field 'name' is VARCHAR(255) only because that is the default length: give the length "
                        + "the data needs with @Column(length = ...) or @Size(max = ...), or store it as TEXT "
                        + "with @JdbcTypeCode(SqlTypes.LONG32VARCHAR) [varchar-length]",
                "String name;", TEAM));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(compliant("a length", fixed(TEAM, "@Column(nullable = false) String name",
                "@Column(nullable = false, length = 100) String name")));
    }

    @Test
    void stringEnumsAndExplicitLengthsAreExemptElementCollectionsAreNot() {
        JavaFileObject member = source("""
                package app;
                import jakarta.persistence.*;
                import jakarta.validation.constraints.Size;
                import java.util.Set;
                @Entity @Table(name = "members")
                public class Member extends Timestamped {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Enumerated(EnumType.STRING) Tier tier;
                    @Size(max = 320) String email;
                    @Column(columnDefinition = "text") String bio;
                    @ElementCollection Set<String> nicknames;
                    enum Tier { BASIC, GOLD }
                }
                """);
        Compilation c = validate(member);
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("String field 'nicknames' is VARCHAR(255) only because that is the "
                + "default length").inFile(member).onLineContaining("nicknames;");
    }
}
