package dev.tablesmith.rules.naming;

import static dev.tablesmith.rules.naming.NamingSources.t;

import dev.tablesmith.testing.RuleCase;
import dev.tablesmith.testing.SchemaRuleContract;
import java.util.Map;
import java.util.stream.Stream;

/** {@link ReservedWordRule}: the violations, compliant sources, {@code @Allow} and severities (see the contract). */
class ReservedWordRuleTest extends SchemaRuleContract {
    @Override
    protected String ruleId() {
        return "reserved-word";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                violation("column",
                        "column name 'order' is a reserved word in PostgreSQL, MySQL/MariaDB and SQLite:"
                                + " use @Column(name = \"sort_order\") [reserved-word]", "name = \"order\"", t("""
                                @Entity @Table(name = "items")
                                public class Item {
                                    @Id private Long id;
                                    @Column(
                                        name = "order")
                                    private int position;
                                }
                                """)),
                violation("table derived from the class", Map.of("tablesmith.rule.table_plural", "off"),
                        "table name 'user' is a reserved word in PostgreSQL: add @Table(name = \"users\")"
                                + " [reserved-word]", "public class User", t("""
                                @Entity
                                public class User { @Id private Long id; }
                                """)),
                violation("plural reserved in MySQL",
                        "table name 'groups' is a reserved word in MySQL/MariaDB: use @Table(name ="
                                + " \"app_groups\") [reserved-word]", "name = \"groups\"", t("""
                                @Entity
                                @Table(
                                    name = "groups")
                                public class Group { @Id private Long id; }
                                """)));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(NamingSources.HANDBOOK, RuleCase.Sources.of("the suggested names", t("""
                @Entity @Table(name = "users")
                public class User { @Id private Long id; @Column(name = "sort_order") private int order; }
                """), t("""
                @Entity @Table(name = "app_groups")
                public class Group { @Id private Long id; }
                """)));
    }
}
