package dev.tablesmith.rules.naming;

import static dev.tablesmith.rules.naming.NamingSources.USERS;
import static dev.tablesmith.rules.naming.NamingSources.t;

import dev.tablesmith.testing.RuleCase;
import dev.tablesmith.testing.SchemaRuleContract;
import java.util.stream.Stream;

/** {@link FkColumnNameRule}: the violations, compliant sources, {@code @Allow} and severities (see the contract). */
class FkColumnNameRuleTest extends SchemaRuleContract {
    @Override
    protected String ruleId() {
        return "fk-column-name";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                violation("written role name for a single reference",
                        "foreign key column 'buyer_id' to table 'users' should be named 'user_id' (a role"
                                + " name fits only where a table references itself or the same table more than once):"
                                + " use @JoinColumn(name = \"user_id\") [fk-column-name]", "name = \"buyer_id\"", t("""
                                @Entity @Table(name = "orders")
                                public class Order {
                                    @Id private Long id;
                                    @ManyToOne
                                    @JoinColumn(
                                        name = "buyer_id")
                                    private User buyer;
                                }
                                """), USERS),
                violation("derived from the attribute",
                        "foreign key column 'customer_id' to table 'users' should be named 'user_id' (a role"
                                + " name fits only where a table references itself or the same table more than once):"
                                + " add @JoinColumn(name = \"user_id\") [fk-column-name]", "private User customer;", t("""
                                @Entity @Table(name = "orders")
                                public class Order {
                                    @Id private Long id;
                                    @ManyToOne private User customer;
                                }
                                """), USERS),
                violation("self reference without _id",
                        "foreign key column 'parent' to table 'categories' should end with '_id':"
                                + " use @JoinColumn(name = \"parent_id\") [fk-column-name]", "name = \"parent\"", t("""
                                @Entity @Table(name = "categories")
                                public class Category {
                                    @Id private Long id;
                                    @ManyToOne
                                    @JoinColumn(
                                        name = "parent")
                                    private Category parent;
                                }
                                """)),
                violation("implicit join table column",
                        "foreign key column 'tags_id' to table 'tags' should be named 'tag_id' (a role name fits"
                                + " only where a table references itself or the same table more than once):"
                                + " add @JoinTable(inverseJoinColumns = @JoinColumn(name = \"tag_id\")) [fk-column-name]",
                        "@ManyToMany private", t("""
                                @Entity @Table(name = "products")
                                public class Product {
                                    @Id private Long id;
                                    @ManyToMany private java.util.Set<Tag> tags;
                                }
                                """), t("""
                                @Entity @Table(name = "tags")
                                public class Tag { @Id private Long id; }
                                """)),
                violation("not a role name",
                        "foreign key column 'owner' to table 'users' should be named 'user_id': use"
                                + " @JoinColumn(name = \"user_id\") [fk-column-name]", "name = \"owner\"", t("""
                                @Entity @Table(name = "orders")
                                public class Order {
                                    @Id private Long id;
                                    @ManyToOne
                                    @JoinColumn(
                                        name = "owner")
                                    private User owner;
                                }
                                """), USERS),
                violation("a key that is not id keeps the key's own name",
                        "foreign key column 'store_id' to table 'merchant_stores' should be named 'merchant_id' (a role"
                                + " name fits only where a table references itself or the same table more than once):"
                                + " use @JoinColumn(name = \"merchant_id\") [fk-column-name]", "name = \"store_id\"", t("""
                                @Entity @Table(name = "products")
                                public class Product {
                                    @Id private Long id;
                                    @ManyToOne
                                    @JoinColumn(
                                        name = "store_id")
                                    private MerchantStore store;
                                }
                                """), MERCHANT_STORES));
    }

    private static final String MERCHANT_STORES = t("""
            @Entity @Table(name = "merchant_stores")
            public class MerchantStore {
                @Id @Column(name = "merchant_id") @Allow(value = "pk-name", reason = "a legacy schema's key")
                private Long merchantId;
            }
            """);

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(NamingSources.HANDBOOK, RuleCase.Sources.of("role names where a table is referenced twice", t("""
                @Entity @Table(name = "transfers")
                public class Transfer {
                    @Id private Long id;
                    @ManyToOne private User sender;
                    @ManyToOne private User recipient;
                }
                """), USERS), RuleCase.Sources.of("a key that is not id, by its own name or with the table's", t("""
                @Entity @Table(name = "products")
                public class Product {
                    @Id private Long id;
                    @ManyToOne @JoinColumn(name = "merchant_id") private MerchantStore store;
                    @ManyToOne @JoinColumn(name = "country_code") private Country country;
                }
                """), MERCHANT_STORES, t("""
                @Entity @Table(name = "countries")
                public class Country {
                    @Id @Column(length = 2) @Allow(value = "pk-name", reason = "the ISO code is the key")
                    private String code;
                }
                """)));
    }
}
