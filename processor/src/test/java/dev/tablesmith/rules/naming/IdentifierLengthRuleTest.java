package dev.tablesmith.rules.naming;

import static dev.tablesmith.rules.naming.NamingSources.t;

import dev.tablesmith.testing.RuleCase;
import dev.tablesmith.testing.SchemaRuleContract;
import java.util.Map;
import java.util.stream.Stream;

/** {@link IdentifierLengthRule}: the violations, compliant sources, {@code @Allow} and severities (see the contract). */
class IdentifierLengthRuleTest extends SchemaRuleContract {
    @Override
    protected String ruleId() {
        return "identifier-length";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                violation("written column name in UTF-8 bytes", Map.of("tablesmith.rule.column_snake_case", "off"),
                        "column name '" + "größe_".repeat(8) + "' is 64 bytes, over"
                                + " the 63-byte limit (PostgreSQL truncates longer names silently): write a shorter name"
                                + " [identifier-length]", "name = \"größe_", t("""
                                @Entity @Table(name = "items")
                                public class Item {
                                    @Id private Long id;
                                    @Column(
                                        name = "%s")
                                    private String size;
                                }
                                """.formatted("größe_".repeat(8)))),
                violation("generated index name at its declaration",
                        "generated index name 'idx_shipments_carrier_tracking_reference_destination_postal_code'"
                                + " is 64 bytes, over the 63-byte limit (PostgreSQL truncates longer names silently): declare"
                                + " the index with a shorter name, e.g. @TableIndex(name = \"idx_...\", columns = ...)"
                                + " [identifier-length]", "@TableIndex(", t("""
                                @Entity @Table(name = "shipments")
                                @TableIndex(
                                    columns = {"carrier_tracking_reference", "destination_postal_code"})
                                public class Shipment {
                                    @Id private Long id;
                                    private String carrierTrackingReference;
                                    private String destinationPostalCode;
                                }
                                """)));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(NamingSources.HANDBOOK, RuleCase.Sources.of("63 bytes fit", t("""
                @Entity @Table(name = "items")
                public class Item {
                    @Id private Long id;
                    @Column(name = "%s") private String size;
                }
                """.formatted("a".repeat(63)))));
    }
}
