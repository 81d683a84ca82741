package dev.tablesmith.rules.naming;

import static dev.tablesmith.rules.naming.NamingSources.JPA_NAMING;
import static dev.tablesmith.rules.naming.NamingSources.t;

import dev.tablesmith.testing.RuleCase;
import dev.tablesmith.testing.SchemaRuleContract;
import java.util.stream.Stream;

/** {@link TableSnakeCaseRule}: the violations, a compliant source, {@code @Allow} and severities (see the contract). */
class TableSnakeCaseRuleTest extends SchemaRuleContract {
    @Override
    protected String ruleId() {
        return "table-snake-case";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                violation("written name, jpa naming", JPA_NAMING,
                        "table name 'orderItems' should be snake_case: use @Table(name = \"order_items\") [table-snake-case]",
                        "name = \"orderItems\"", t("""
                                @Entity
                                @Table(
                                    name = "orderItems")
                                public class OrderItem { @Id private Long id; }
                                """)),
                violation("double underscores",
                        "table name 'order__items' should be snake_case: use @Table(name = \"order_items\") [table-snake-case]",
                        "name = \"order__items\"", t("""
                                @Entity
                                @Table(
                                    name = "order__items")
                                public class OrderItem { @Id private Long id; }
                                """)),
                violation("derived from the class, jpa naming", JPA_NAMING,
                        "table name 'OrderItems' should be snake_case: add @Table(name = \"order_items\") [table-snake-case]",
                        "public class OrderItems", t("""
                                @Entity
                                public class OrderItems { @Id private Long id; }
                                """)));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(NamingSources.HANDBOOK, RuleCase.Sources.of("spring derives snake_case from the class", t("""
                @Entity
                public class OrderItems { @Id private Long id; }
                """)));
    }
}
