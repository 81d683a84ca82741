package dev.tablesmith.security;

import static dev.tablesmith.security.Attacks.Engine.MARIADB;
import static dev.tablesmith.security.Attacks.Engine.POSTGRESQL;
import static dev.tablesmith.security.Attacks.Engine.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.tablesmith.security.Attacks.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names are never SQL: every place an annotation names a table, column, constraint, index,
 * sequence or join/collection table refuses a name that is not a plain identifier, with the error on
 * that value, also with every rule off; names that are identifiers but need quotes are quoted for
 * each engine, and apply beside the canary.
 */
class IdentifierAttacksTest {
    static final String EVIL = "x\\\"; DROP TABLE canary; --";
    static final String ERROR = "is not a plain SQL identifier";

    @TempDir
    Path dir;

    /** One attack per line: where the value goes on the class, in the body, and the text that marks its line. */
    static Stream<Arguments> attacks() {
        return Stream.of(
                attack("@Table(name = \"" + EVIL + "\")", "", "@Table"),
                attack("", "@Column(name = \"" + EVIL + "\") String a;", "String a"),
                attack("", "@Column(name = \"two words\") String b;", "String b"),
                attack("", "@Column(name = \"1st\") String c;", "String c"),
                attack("", "@Column(name = \"tab\\tname\") String d;", "String d"),
                attack("", "@Column(name = \"line\\nbreak\") String e;", "String e"),
                attack("", "@Column(name = \"zero\\u200Bwidth\") String f;", "String f"),
                attack("", "@Column(name = \"bidi\\u202Eevil\") String g;", "String g"),
                attack("", "@Column(name = \"cafe\\u0301\") String h;", "String h"),
                attack("", "@Column(name = \"`quoted`\") String i;", "String i"),
                attack("", "@Column(name = \"hyphen-ated\") String j;", "String j"),
                attack("", "@Column(name = \"a`b\") String k;", "String k"),
                attack("", "@Column(name = \"a[b]\") String l;", "String l"),
                attack("@Table(name = \"victims\", indexes = @Index(name = \"" + EVIL + "\", columnList = \"note\"))", "",
                        "@Table"),
                attack("@Table(name = \"victims\", uniqueConstraints = @UniqueConstraint(name = \"" + EVIL
                        + "\", columnNames = \"note\"))", "", "@Table"),
                attack("@TableIndex(name = \"" + EVIL + "\", columns = \"note\")", "", "@TableIndex"),
                attack("@Check(name = \"" + EVIL + "\", value = \"id > 0\")", "", "@Check"),
                attack("", "@Check(name = \"" + EVIL + "\", value = \"m > 0\") int m;", "int m"),
                attack("", "@ManyToOne @JoinColumn(name = \"" + EVIL + "\") Victim parent;", "Victim parent"),
                attack("", "@ManyToOne @JoinColumn(name = \"parent_id\", foreignKey = @ForeignKey(name = \"" + EVIL
                        + "\")) Victim parent;", "Victim parent"),
                attack("", "@ManyToMany @JoinTable(name = \"" + EVIL + "\") Set<Victim> friends;", "friends"),
                attack("", "@ManyToMany @JoinTable(name = \"victim_friends\", joinColumns = @JoinColumn(name = \""
                        + EVIL + "\")) Set<Victim> friends;", "friends"),
                attack("", "@ElementCollection @CollectionTable(name = \"" + EVIL + "\") Set<String> tags;", "tags"),
                attack("", "@ElementCollection @OrderColumn(name = \"" + EVIL + "\") List<String> lines;", "lines"),
                // the names of issue 10's relations and collections
                attack("", "@OneToMany @JoinColumn(name = \"" + EVIL + "\") Set<Victim> children;", "children"),
                attack("", "@OneToMany @JoinTable(name = \"victim_children\", inverseJoinColumns = @JoinColumn(name = \""
                        + EVIL + "\")) Set<Victim> children;", "children"),
                attack("", "@OneToMany @OrderColumn(name = \"" + EVIL + "\") List<Victim> ranked;", "ranked"),
                attack("", "@ManyToMany @JoinTable(name = \"victim_friends\", foreignKey = @ForeignKey(name = \""
                        + EVIL + "\")) Set<Victim> friends;", "friends"),
                attack("", "@ElementCollection @CollectionTable(name = \"victim_tags\", joinColumns = @JoinColumn(name = \""
                        + EVIL + "\")) Set<String> tags;", "tags"),
                attack("", "@ElementCollection @MapKeyColumn(name = \"" + EVIL + "\") Map<String, String> labels;",
                        "labels"),
                attack("", "@ElementCollection @MapKeyJoinColumn(name = \"" + EVIL + "\") Map<Victim, String> notes;",
                        "notes"),
                attack("", "@ElementCollection @Column(name = \"" + EVIL + "\") Set<String> words;", "words"),
                attack("", "@Embedded @AttributeOverride(name = \"street\", column = @Column(name = \"" + EVIL
                        + "\")) Address address;", "Address address"),
                attack("", "@Column(name = \"nul\\u0000x\") String n;", "String n"));
    }

    static Arguments attack(String typeAnnotations, String members, String lineMarker) {
        return Arguments.of(typeAnnotations, members, lineMarker);
    }

    static final String ADDRESS = """
            package app;
            @jakarta.persistence.Embeddable
            public class Address { String street; }
            """;

    @ParameterizedTest
    @MethodSource("attacks")
    void aNameThatIsNotAnIdentifierIsAnErrorOnItsValue(String typeAnnotations, String members, String lineMarker) {
        String victim = Attacks.victim(typeAnnotations, members);
        Compilation c = Attacks.compile(dir, List.of(POSTGRESQL, MARIADB, SQLITE), victim, ADDRESS);
        Attacks.assertRejected(c, dir, victim, ERROR, lineMarker);
    }

    /** @SequenceGenerator(sequenceName) and its place on the id. */
    @Test
    void aSequenceNameIsCheckedToo() {
        String victim = """
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "victims")
                public class Victim {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gen")
                    @SequenceGenerator(name = "gen", sequenceName = "%s")
                    Long id;
                }
                """.formatted(EVIL);
        Attacks.assertRejected(Attacks.compile(dir, List.of(POSTGRESQL), victim), dir, victim, ERROR, "@SequenceGenerator");
    }

    /** @Exclusion(name) (PostgreSQL only). */
    @Test
    void anExclusionNameIsCheckedToo() {
        String victim = Attacks.victim("@Exclusion(name = \"" + EVIL + "\", elements = \"note WITH =\")", "");
        Attacks.assertRejected(Attacks.compile(dir, List.of(POSTGRESQL), victim), dir, victim, ERROR, "@Exclusion");
    }

    /** No option turns the check off: not -Atablesmith.rules=off, nor an @Allow of any id. */
    @Test
    void noOptionOrAllowTurnsItOff() {
        String victim = Attacks.victim("@Allow(value = \"table-snake-case\", reason = \"legacy\")",
                "@Allow(value = \"column-snake-case\", reason = \"legacy\") @Column(name = \"" + EVIL + "\") String a;");
        Compilation c = Attacks.compile(dir, List.of(POSTGRESQL), victim);
        Attacks.assertRejected(c, dir, victim, "[sql-identifier]", "String a");
    }

    /** Reserved words kept (rules off) are quoted per engine; letters of other scripts are names. */
    @Test
    void namesThatNeedQuotesAreQuotedForEachEngineAndApply() {
        String victim = Attacks.victim("", """
                @Column(name = "order") Integer order;
                @Column(name = "größe") Integer size;
                @Column(name = "user") String owner;
                @Column(name = "group") String team;
                @Column(name = "Ö_mixed_Case") String mixed;
                """);
        Compilation c = Attacks.compile(dir, List.of(POSTGRESQL, MARIADB, SQLITE), victim);
        assertEquals(Compilation.Status.SUCCESS, c.status(), c.diagnostics()::toString);
        for (Engine engine : Engine.values()) {
            DataSource ds = Attacks.applyBesideCanary(engine, dir, true, dir);
            String select = switch (engine) {
                case MARIADB -> "SELECT `order`, größe, `group`, user, ö_mixed_case FROM victims";
                default -> "SELECT \"order\", größe, \"group\", \"user\", ö_mixed_case FROM victims";
            };
            Attacks.execute(ds, "INSERT INTO victims (note) VALUES ('n')");
            assertEquals(1, Attacks.query(ds, select).size(), engine::toString);
        }
    }

    /**
     * The checks Tablesmith writes itself (an enum's values, {@code @Positive}, {@code @NotBlank})
     * name a reserved column in that engine's quotes too: the migration applies, a row within the
     * checks is accepted and one outside each is refused.
     */
    @Test
    void generatedChecksOnReservedColumnsQuoteThemForEachEngine() {
        String victim = Attacks.victim("", """
                enum Level { LOW, HIGH }
                @Enumerated(EnumType.STRING) @Column(name = "order", length = 10) Level order;
                @jakarta.validation.constraints.Positive @Column(name = "rank") Integer rank;
                @jakarta.validation.constraints.NotBlank @Column(name = "group", length = 20) String team;
                """);
        Compilation c = Attacks.compile(dir, List.of(POSTGRESQL, MARIADB, SQLITE), victim);
        assertEquals(Compilation.Status.SUCCESS, c.status(), c.diagnostics()::toString);
        for (Engine engine : Engine.values()) {
            DataSource ds = Attacks.applyBesideCanary(engine, dir, true, dir);
            String columns = engine == MARIADB ? "(note, `order`, `rank`, `group`)" : "(note, \"order\", rank, \"group\")";
            Attacks.execute(ds, "INSERT INTO victims " + columns + " VALUES ('ok', 'LOW', 1, 'a')");
            for (String bad : List.of("('no', 'MIDDLE', 1, 'a')", "('no', 'LOW', 0, 'a')", "('no', 'LOW', 1, '  ')")) {
                assertThrows(IllegalStateException.class,
                        () -> Attacks.execute(ds, "INSERT INTO victims " + columns + " VALUES " + bad),
                        () -> engine + " accepted " + bad);
            }
            assertEquals(List.of("ok"), Attacks.query(ds, "SELECT note FROM victims"), engine::toString);
        }
    }
}
