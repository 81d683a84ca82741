package dev.tablesmith.rules.naming;

import static dev.tablesmith.rules.naming.NamingSources.USERS;
import static dev.tablesmith.rules.naming.NamingSources.t;

import dev.tablesmith.testing.RuleCase;
import dev.tablesmith.testing.SchemaRuleContract;
import java.util.stream.Stream;

/** {@link ConstraintNameRule}: the violations, compliant sources, {@code @Allow} and severities (see the contract). */
class ConstraintNameRuleTest extends SchemaRuleContract {
    @Override
    protected String ruleId() {
        return "constraint-name";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                violation("check with a vague ending",
                        "check constraint name 'orders_total_check' should read <table>_<column>_<what it"
                                + " asserts>: use @Check(name = \"orders_total_positive\") [constraint-name]",
                        "name = \"orders_total_check\"", t("""
                                @Entity @Table(name = "orders")
                                public class Order {
                                    @Id private Long id;
                                    @Check(
                                        name = "orders_total_check", value = "total > 0")
                                    private java.math.BigDecimal total;
                                }
                                """)),
                violation("check named for another assertion",
                        "check constraint name 'orders_total_positive' says it asserts something other than"
                                + " (total >= 0): use @Check(name = \"orders_total_non_negative\") [constraint-name]",
                        "name = \"orders_total_positive\"", t("""
                                @Entity @Table(name = "orders")
                                public class Order {
                                    @Id private Long id;
                                    @Check(
                                        name = "orders_total_positive", value = "total >= 0")
                                    private java.math.BigDecimal total;
                                }
                                """)),
                violation("check whose assertion is not recognised",
                        "check constraint name 'orders_check' should read <table>_<column>_<what it asserts>: name it"
                                + " orders_<column>_<what it asserts>, e.g. 'orders_total_positive' [constraint-name]",
                        "name = \"orders_check\"", t("""
                                @Entity @Table(name = "orders")
                                public class Order {
                                    @Id private Long id;
                                    @Check(
                                        name = "orders_check", value = "total * 2 < 1000")
                                    private java.math.BigDecimal total;
                                }
                                """)),
                violation("unique constraint",
                        "unique constraint name 'uq_email' should read <table>_<columns>_unique: use"
                                + " @UniqueConstraint(name = \"users_email_unique\") [constraint-name]",
                        "name = \"uq_email\"", t("""
                                @Entity
                                @Table(name = "users", uniqueConstraints = @UniqueConstraint(
                                    name = "uq_email", columnNames = "email"))
                                public class User { @Id private Long id; private String email; }
                                """)),
                violation("foreign key",
                        "foreign key name 'fk_user' should read <table>_<columns>_fkey: use"
                                + " @ForeignKey(name = \"orders_user_id_fkey\") [constraint-name]", "name = \"fk_user\"",
                        t("""
                                @Entity @Table(name = "orders")
                                public class Order {
                                    @Id private Long id;
                                    @ManyToOne
                                    @JoinColumn(name = "user_id", foreignKey = @ForeignKey(
                                        name = "fk_user"))
                                    private User user;
                                }
                                """), USERS),
                violation("exclusion constraint",
                        "exclusion constraint name 'bookings_excl' should read <table>_<what it prevents>: name it"
                                + " bookings_<what it prevents>, e.g. 'bookings_no_overlap' [constraint-name]",
                        "name = \"bookings_excl\"", t("""
                                @Entity @Table(name = "bookings")
                                @Exclusion(
                                    name = "bookings_excl", elements = {"room_id WITH ="})
                                public class Booking { @Id private Long id; private Long roomId; }
                                """)));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(NamingSources.HANDBOOK, RuleCase.Sources.of("names that say where and what", t("""
                @Entity
                @Table(name = "orders", uniqueConstraints = @UniqueConstraint(name = "orders_number_unique",
                        columnNames = "number"))
                @Exclusion(name = "orders_no_overlap", elements = {"user_id WITH ="})
                public class Order {
                    @Id private Long id;
                    private String number;
                    @Check(name = "orders_total_positive", value = "total > 0")
                    private java.math.BigDecimal total;
                    @ManyToOne
                    @JoinColumn(name = "user_id", foreignKey = @ForeignKey(name = "orders_user_id_fkey"))
                    private User user;
                }
                """), USERS));
    }
}
