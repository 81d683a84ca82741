package dev.tablesmith.rules.integrity;

import dev.tablesmith.testing.RuleCase;
import java.util.stream.Stream;

/** {@link FkTargetEntityRule}: the violations, compliant sources, {@code @Allow} and severities (see the contract). */
class FkTargetEntityRuleTest extends IntegrityRuleContract {
    private static final String ORDER = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "orders")
            public class Order extends Timestamped {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                /*ALLOW*/@ManyToOne Address address;
            }
            """;

    private static final String ADDRESS = """
            package app;
            public class Address { String street; }
            """;

    @Override
    protected String ruleId() {
        return "fk-target-entity";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(integrityViolation("a relation to a plain class",
                "relation 'address' targets app.Address, which is not an @Entity: annotate it with @Entity, or map it "
                        + "as @Embedded [fk-target-entity]", "Address address;", ORDER, ADDRESS));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(compliant("a relation to an entity", fixed(ORDER, "Address address", "User user")));
    }
}
