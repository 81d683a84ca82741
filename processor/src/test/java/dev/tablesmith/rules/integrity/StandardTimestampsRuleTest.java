package dev.tablesmith.rules.integrity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.tablesmith.testing.RuleCase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StandardTimestampsRule}: the contract's cases, then the other forms of a violation and the exemptions. */
class StandardTimestampsRuleTest extends IntegrityRuleContract {
    private static final String TAG = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "tags")
            /*ALLOW*/public class Tag {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 50) String name;
            }
            """;

    @Override
    protected String ruleId() {
        return "standard-timestamps";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(integrityViolation("neither timestamp",
                "table 'tags' has neither created_at nor updated_at: extend a @MappedSuperclass that declares "
                        + "`@CreationTimestamp @Column(nullable = false, updatable = false) Instant createdAt` "
                        + "and `@UpdateTimestamp @Column(nullable = false) Instant updatedAt` [standard-timestamps]",
                "public class Tag", TAG));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(compliant("extends the timestamps",
                fixed(TAG, "public class Tag {", "public class Tag extends Timestamped {")));
    }

    @Test
    void oneMissingColumnNamesTheFieldToAdd() {
        JavaFileObject tag = source("""
                package app;
                import jakarta.persistence.*;
                import org.hibernate.annotations.CreationTimestamp;
                @Entity @Table(name = "tags")
                public class Tag {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @CreationTimestamp @Column(nullable = false, updatable = false) java.time.Instant createdAt;
                }
                """);
        Compilation c = validate(tag);
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("table 'tags' has no updated_at: add `@UpdateTimestamp @Column(nullable = "
                + "false) Instant updatedAt` (or extend a @MappedSuperclass that declares both timestamps) "
                + "[standard-timestamps]").inFile(tag).onLineContaining("public class Tag");
    }

    @Test
    void aMissingCreatedAtNamesTheFieldToAdd() {
        JavaFileObject tag = source("""
                package app;
                import jakarta.persistence.*;
                import org.hibernate.annotations.UpdateTimestamp;
                @Entity @Table(name = "tags")
                public class Tag {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @UpdateTimestamp @Column(nullable = false) java.time.Instant updatedAt;
                }
                """);
        Compilation c = validate(tag);
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("table 'tags' has no created_at: add `@CreationTimestamp @Column(nullable = "
                + "false, updatable = false) Instant createdAt` (or extend a @MappedSuperclass that declares both "
                + "timestamps) [standard-timestamps]").inFile(tag).onLineContaining("public class Tag");
    }

    @Test
    void nullableWrongTypeAndWrongDefaultAreReportedOnTheField() {
        JavaFileObject tag = source("""
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.Default;
                @Entity @Table(name = "tags")
                public class Tag {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    java.time.OffsetDateTime createdAt;
                    @Default("'2020-01-01'") @Column(nullable = false) java.time.Instant updatedAt;
                }
                """);
        Compilation c = validate(tag);
        assertThat(c).hadWarningCount(2);
        assertThat(c).hadWarningContaining("column 'created_at' may be null: every row has one, so declare it "
                + "`@Column(nullable = false)` and let @CreationTimestamp fill it [standard-timestamps]")
                .inFile(tag).onLineContaining("createdAt;");
        assertThat(c).hadWarningContaining("column 'updated_at' defaults to '2020-01-01' instead of now(): remove "
                + "the @Default/@ColumnDefault, and Tablesmith writes DEFAULT now() [standard-timestamps]")
                .inFile(tag).onLineContaining("updatedAt;");
    }

    @Test
    void aColumnThatIsNoTimestampIsReported() {
        JavaFileObject tag = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "tags")
                public class Tag {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false) java.time.LocalDate createdAt;
                    @Column(nullable = false) java.time.Instant updatedAt;
                }
                """);
        Compilation c = validate(tag);
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("column 'created_at' is LocalDate, not a point in time: declare it as "
                + "`@CreationTimestamp Instant`, stored as TIMESTAMP WITH TIME ZONE [standard-timestamps]")
                .inFile(tag).onLineContaining("createdAt;");
    }

    @Test
    void joinAndCollectionTablesAreExempt(@TempDir Path dir) throws IOException {
        JavaFileObject product = source("""
                package app;
                import jakarta.persistence.*;
                import java.util.Set;
                @Entity @Table(name = "products")
                public class Product extends Timestamped {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToMany Set<User> watchers;
                    @ElementCollection @Column(length = 30) Set<String> labels;
                }
                """);
        Compilation c = write(dir, Map.of(), product);
        assertThat(c).succeededWithoutWarnings();
        assertTrue(upMigration(dir).contains("CREATE TABLE products_watchers"), upMigration(dir));
        assertTrue(upMigration(dir).contains("CREATE TABLE product_labels"), upMigration(dir));
    }
}
