package dev.tablesmith.rules.naming;

import static dev.tablesmith.rules.naming.NamingSources.t;

import dev.tablesmith.testing.RuleCase;
import dev.tablesmith.testing.SchemaRuleContract;
import java.util.stream.Stream;

/** {@link TablePluralRule}: the violations, compliant sources, {@code @Allow} and severities (see the contract). */
class TablePluralRuleTest extends SchemaRuleContract {
    @Override
    protected String ruleId() {
        return "table-plural";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                violation("written name",
                        "table name 'order_item' should be plural: use @Table(name = \"order_items\") [table-plural]",
                        "name = \"order_item\"", t("""
                                @Entity
                                @Table(
                                    name = "order_item")
                                public class OrderItem { @Id private Long id; }
                                """)),
                violation("derived from the class, irregular plural",
                        "table name 'person' should be plural: add @Table(name = \"people\") [table-plural]",
                        "public class Person", t("""
                                @Entity
                                public class Person { @Id private Long id; }
                                """)),
                violation("a reserved singular: one finding names both, with the fix for both",
                        "table name 'order' should be plural, and is a reserved word in PostgreSQL, MySQL/MariaDB and "
                                + "SQLite: use @Table(name = \"orders\") [table-plural]", "name = \"order\"", t("""
                                @Entity
                                @Table(
                                    name = "order")
                                public class Order { @Id private Long id; }
                                """)),
                violation("collection table",
                        "table name 'user_address' should be plural: use @CollectionTable(name = \"user_addresses\")"
                                + " [table-plural]", "name = \"user_address\"", t("""
                                @Entity @Table(name = "users")
                                public class User {
                                    @Id private Long id;
                                    @ElementCollection
                                    @CollectionTable(
                                        name = "user_address", joinColumns = @JoinColumn(name = "user_id"))
                                    private java.util.Set<String> addresses;
                                }
                                """)));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(NamingSources.HANDBOOK, RuleCase.Sources.of("plural and mass nouns, a trailing number", t("""
                @Entity @Table(name = "order_items")
                public class OrderItem {
                    @Id private Long id;
                    @ElementCollection
                    @CollectionTable(name = "order_item_notes", joinColumns = @JoinColumn(name = "order_item_id"))
                    private java.util.Set<String> notes;
                }
                """), t("""
                @Entity @Table(name = "metadata")
                public class Metadata { @Id private Long id; }
                """), t("""
                @Entity @Table(name = "exports_v2")
                public class ExportV2 { @Id private Long id; }
                """)));
    }
}
