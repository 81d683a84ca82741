package dev.tablesmith.rules.integrity;

import dev.tablesmith.testing.RuleCase;
import java.util.stream.Stream;

/** {@link PrimaryKeyRequiredRule}: the violations, compliant sources, {@code @Allow} and severities (see the contract). */
class PrimaryKeyRequiredRuleTest extends IntegrityRuleContract {
    private static final String NOTE = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "notes")
            public class Note extends Timestamped {
                @Column(nullable = false, length = 200) String body;
            }
            """;

    @Override
    protected String ruleId() {
        return "primary-key-required";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                integrityViolation("entity without @Id",
                        "table 'notes' has no primary key: add an @Id field (or @EmbeddedId) [primary-key-required]",
                        "public class Note", NOTE),
                integrityViolation("collection table of a List",
                        "table 'album_tracks' has no primary key: declare the collection as a Set, or add an "
                                + "@OrderColumn, so rows have a key [primary-key-required]", "List<String> tracks;", """
                                package app;
                                import jakarta.persistence.*;
                                @Entity @Table(name = "albums")
                                public class Album extends Timestamped {
                                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                                    /*ALLOW*/@ElementCollection @Column(length = 100) java.util.List<String> tracks;
                                }
                                """));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(
                compliant("an @Id", fixed(NOTE, "@Column(nullable = false, length = 200) String body;",
                        "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n"
                                + "    @Column(nullable = false, length = 200) String body;")),
                compliant("a Set and an ordered List", """
                        package app;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "albums")
                        public class Album extends Timestamped {
                            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                            @ElementCollection @Column(length = 100) java.util.Set<String> tags;
                            @ElementCollection @OrderColumn @Column(length = 100) java.util.List<String> tracks;
                        }
                        """));
    }
}
