package dev.tablesmith.rules.integrity;

import dev.tablesmith.testing.RuleCase;
import java.util.stream.Stream;

/** {@link DenormalizationDocumentedRule}: an empty reason, an undocumented copy, and documented copies. */
class DenormalizationDocumentedRuleTest extends IntegrityRuleContract {
    private static final String SHIPMENT = """
            package app;
            import jakarta.persistence.*;
            import dev.tablesmith.annotations.Denormalized;
            @Entity @Table(name = "shipments")
            public class Shipment extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                /*ALLOW*/@Denormalized(reason = "  ")
                @Column(nullable = false, length = 100) String recipientName;
            }
            """;

    static final String CUSTOMER = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "customers")
            public class Customer extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 320) String email;
            }
            """;

    @Override
    protected String ruleId() {
        return "denormalization-documented";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                integrityViolation("@Denormalized without a reason",
                        "@Denormalized on field 'recipientName' gives no reason: say what it copies and what keeps it "
                                + "consistent, e.g. reason = \"copied from products.price at checkout, which may "
                                + "change later\" [denormalization-documented]", "@Denormalized(reason", SHIPMENT),
                integrityViolation("an undocumented copy through a foreign key",
                        "column 'customer_email' looks like a copy of customers.email (through "
                                + "foreign key customer_id) without @Denormalized: if it is one, say why and what keeps it "
                                + "current with @Denormalized(reason = \"...\"); if not, give it a name that does not "
                                + "repeat the foreign key's [denormalization-documented]", "customerEmail;", """
                                package app;
                                import jakarta.persistence.*;
                                @Entity @Table(name = "orders")
                                public class Order extends Timestamped {
                                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                                    @ManyToOne(optional = false) Customer customer;
                                    /*ALLOW*/@Column(nullable = false, length = 320) String customerEmail;
                                    @Column(nullable = false, length = 320) String customerNote;
                                }
                                """, CUSTOMER));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(
                compliant("a reason", fixed(SHIPMENT, "reason = \"  \"",
                        "reason = \"the name on the label, kept as printed\"")),
                compliant("a documented copy", """
                        package app;
                        import jakarta.persistence.*;
                        import dev.tablesmith.annotations.Denormalized;
                        @Entity @Table(name = "orders")
                        public class Order extends Timestamped {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            @ManyToOne(optional = false) Customer customer;
                            @Denormalized(reason = "the address the confirmation went to, kept as sent")
                            @Column(nullable = false, length = 320) String customerEmail;
                        }
                        """, CUSTOMER));
    }
}
