package dev.tablesmith.rules.naming;

import static dev.tablesmith.rules.naming.NamingSources.t;

import dev.tablesmith.testing.RuleCase;
import dev.tablesmith.testing.SchemaRuleContract;
import java.util.stream.Stream;

/** {@link PkNameRule}: the violations, compliant sources, {@code @Allow} and severities (see the contract). */
class PkNameRuleTest extends SchemaRuleContract {
    @Override
    protected String ruleId() {
        return "pk-name";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                violation("written name",
                        "primary key column 'user_key' should be named 'id' or 'user_id': use @Column(name = \"id\")"
                                + " [pk-name]", "name = \"user_key\"", t("""
                                @Entity @Table(name = "users")
                                public class User {
                                    @Id
                                    @Column(
                                        name = "user_key")
                                    private Long key;
                                }
                                """)),
                violation("inherited: one text for every table",
                        "primary key column 'uuid' should be named 'id' (or '<table_singular>_id'):"
                                + " add @Column(name = \"id\") [pk-name]", "@Id private Long uuid;", t("""
                                @MappedSuperclass
                                public abstract class Keyed {
                                    @Id private Long uuid;
                                }
                                """), t("""
                                @Entity @Table(name = "users")
                                public class User extends Keyed { }
                                """), t("""
                                @Entity @Table(name = "orders")
                                public class Order extends Keyed { }
                                """)));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(NamingSources.HANDBOOK, RuleCase.Sources.of("id and <table_singular>_id", t("""
                @Entity @Table(name = "users")
                public class User { @Id private Long id; }
                """), t("""
                @Entity @Table(name = "categories")
                public class Category { @Id @Column(name = "category_id") private Long key; }
                """)));
    }
}
