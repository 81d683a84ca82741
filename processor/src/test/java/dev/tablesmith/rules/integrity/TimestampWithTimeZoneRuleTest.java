package dev.tablesmith.rules.integrity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.testing.RuleCase;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link TimestampWithTimeZoneRule}: the contract's cases, then inherited fields and column definitions. */
class TimestampWithTimeZoneRuleTest extends IntegrityRuleContract {
    private static final String EVENT = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "events")
            public class Event extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                /*ALLOW*/@Column(nullable = false) java.time.LocalDateTime happenedAt;
            }
            """;

    @Override
    protected String ruleId() {
        return "timestamp-with-time-zone";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(integrityViolation("LocalDateTime",
                "field 'happenedAt' is a LocalDateTime, stored as TIMESTAMP WITHOUT TIME ZONE: which instant "
                        + "it means depends on the writer's time zone; declare it as Instant or "
                        + "OffsetDateTime (TIMESTAMP WITH TIME ZONE) [timestamp-with-time-zone]",
                "happenedAt;", EVENT));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(compliant("Instant", fixed(EVENT, "java.time.LocalDateTime happenedAt",
                "java.time.Instant happenedAt")));
    }

    @Test
    void anInheritedFieldIsReportedOnceAtItsDeclaration() {
        JavaFileObject audited = JavaFileObjects.forSourceString("app.Audited", """
                package app;
                import jakarta.persistence.*;
                @MappedSuperclass
                public abstract class Audited extends Timestamped {
                    java.util.Date reviewedAt;
                }
                """);
        JavaFileObject a = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "posts")
                public class Post extends Audited {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                }
                """);
        JavaFileObject b = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "pages")
                public class Page extends Audited {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                }
                """);
        Compilation c = validate(audited, a, b);
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("field 'reviewedAt' is a Date, stored as TIMESTAMP WITHOUT TIME ZONE")
                .inFile(audited).onLineContaining("reviewedAt;");
    }

    @Test
    void aColumnDefinitionWithoutZoneIsReportedOnTheDefinition() {
        JavaFileObject event = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "events")
                public class Event extends Timestamped {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false,
                            columnDefinition = "TIMESTAMP(3)") java.time.Instant happenedAt;
                    @Column(columnDefinition = "timestamp(3) with time zone") java.time.Instant seenAt;
                }
                """);
        Compilation c = validate(event);
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("field 'happenedAt' is declared as 'timestamp(3)', a timestamp without "
                + "time zone: write columnDefinition = \"timestamp with time zone\" and declare the field as "
                + "Instant or OffsetDateTime [timestamp-with-time-zone]")
                .inFile(event).onLineContaining("columnDefinition = \"TIMESTAMP(3)\"");
    }

    @ParameterizedTest
    @CsvSource({"timestamp, true", "TIMESTAMP(3), true", "timestamp without time zone, true", "datetime(6), true",
            "timestamp with time zone, false", "timestamp(6) with time zone, false", "timestamptz, false",
            "date, false"})
    void zonelessDefinitions(String definition, boolean zoneless) {
        assertEquals(zoneless, TimestampWithTimeZoneRule.isZoneless(definition));
    }
}
