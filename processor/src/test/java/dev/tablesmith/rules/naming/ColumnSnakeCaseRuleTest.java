package dev.tablesmith.rules.naming;

import static dev.tablesmith.rules.naming.NamingSources.JPA_NAMING;
import static dev.tablesmith.rules.naming.NamingSources.t;

import dev.tablesmith.testing.RuleCase;
import dev.tablesmith.testing.SchemaRuleContract;
import java.util.stream.Stream;

/** {@link ColumnSnakeCaseRule}: the violations, compliant sources, {@code @Allow} and severities (see the contract). */
class ColumnSnakeCaseRuleTest extends SchemaRuleContract {
    @Override
    protected String ruleId() {
        return "column-snake-case";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                violation("written name, jpa naming", JPA_NAMING,
                        "column name 'emailAddress' should be snake_case: use @Column(name = \"email_address\")"
                                + " [column-snake-case]", "name = \"emailAddress\"", t("""
                                @Entity @Table(name = "users")
                                public class User {
                                    @Id private Long id;
                                    @Column(
                                        name = "emailAddress")
                                    private String email;
                                }
                                """)),
                violation("inherited, reported once at the superclass field", JPA_NAMING,
                        "column name 'createdAt' should be snake_case: add @Column(name = \"created_at\")"
                                + " [column-snake-case]", "private java.time.Instant createdAt;", t("""
                                @MappedSuperclass
                                public abstract class Stamped {
                                    private java.time.Instant createdAt;
                                }
                                """), t("""
                                @Entity @Table(name = "users")
                                public class User extends Stamped { @Id private Long id; }
                                """), t("""
                                @Entity @Table(name = "orders")
                                public class Order extends Stamped { @Id private Long id; }
                                """)));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(NamingSources.HANDBOOK, RuleCase.Sources.of("spring turns fields into snake_case", t("""
                @Entity @Table(name = "users")
                public class User {
                    @Id private Long id;
                    private java.time.Instant emailVerifiedAt;
                    @Column(name = "is_active") private boolean active;
                }
                """)));
    }
}
