package dev.tablesmith.rules.integrity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tablesmith.testing.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.testing.RuleCase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EnumCheckRule}: the contract's cases, then the check a STRING enum gets. */
class EnumCheckRuleTest extends IntegrityRuleContract {
    private static final String MEMBER = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "members")
            public class Member extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                /*ALLOW*/@Enumerated(EnumType.ORDINAL)
                @Column(nullable = false, length = 10) Tier tier;
                enum Tier { BASIC, GOLD }
            }
            """;

    @Override
    protected String ruleId() {
        return "enum-check";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                integrityViolation("EnumType.ORDINAL, on the written value",
                        "enum field 'tier' is stored by ordinal: inserting or reordering constants of Tier silently "
                                + "changes what stored rows mean; store the name with @Enumerated(EnumType.STRING) "
                                + "[enum-check]", "@Enumerated(EnumType.ORDINAL)", MEMBER),
                integrityViolation("no @Enumerated is ordinal, on the field",
                        "enum field 'status' is stored by ordinal: inserting or reordering constants of Status "
                                + "silently changes what stored rows mean; store the name with "
                                + "@Enumerated(EnumType.STRING) [enum-check]", "Status status;", """
                                package app;
                                import jakarta.persistence.*;
                                @Entity @Table(name = "orders")
                                public class Order extends Timestamped {
                                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                                    /*ALLOW*/Status status;
                                    enum Status { PENDING, PAID }
                                }
                                """),
                integrityViolation("a STRING enum without constants has no check",
                        "enum column 'status' of table 'orders' has no CHECK constraint 'orders_status_valid' "
                                + "limiting it to the names of Status, which has no constants: add them, and "
                                + "Tablesmith writes CHECK (status IN (...)) [enum-check]", "Status status;", """
                                package app;
                                import jakarta.persistence.*;
                                @Entity @Table(name = "orders")
                                public class Order extends Timestamped {
                                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                                    /*ALLOW*/@Enumerated(EnumType.STRING) @Column(length = 20) Status status;
                                    enum Status { }
                                }
                                """));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(compliant("EnumType.STRING", fixed(MEMBER, "EnumType.ORDINAL", "EnumType.STRING")));
    }

    @Test
    void stringEnumsGetTheHandbooksValidCheck(@TempDir Path dir) throws IOException {
        JavaFileObject order = source("""
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "orders")
                public class Order extends Timestamped {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) Status status;
                    enum Status { PENDING, PAID }
                }
                """);
        assertThat(write(dir, Map.of(), order)).succeededWithoutWarnings();
        assertTrue(upMigration(dir).contains("CONSTRAINT orders_status_valid CHECK (status IN ('PENDING', 'PAID'))"),
                upMigration(dir));
    }
}
