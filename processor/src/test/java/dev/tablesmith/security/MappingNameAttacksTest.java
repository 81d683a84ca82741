package dev.tablesmith.security;

import static dev.tablesmith.security.Attacks.Engine.MARIADB;
import static dev.tablesmith.security.Attacks.Engine.POSTGRESQL;
import static dev.tablesmith.security.Attacks.Engine.SQLITE;
import static dev.tablesmith.security.IdentifierAttacksTest.ERROR;
import static dev.tablesmith.security.IdentifierAttacksTest.EVIL;

import dev.tablesmith.security.Attacks.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The names the mapping of inheritance, namespaces, secondary tables and table generators brings
 * in are untrusted like every other: a schema or catalog, a secondary table (and its schema), a
 * discriminator column, a JOINED subclass's key join column, a table generator's table and columns
 * that are not plain identifiers are an error on the annotation that names them, and nothing is
 * written; a generator segment is written as one literal or refused.
 */
class MappingNameAttacksTest {
    @TempDir
    Path dir;

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of(List.of(POSTGRESQL), "@Table(name = \"victims\", schema = \"" + EVIL + "\")", "@Table"),
                Arguments.of(List.of(MARIADB), "@Table(name = \"victims\", catalog = \"" + EVIL + "\")", "@Table"),
                Arguments.of(List.of(POSTGRESQL, MARIADB, SQLITE), "@Table(name = \"victims\")\n@SecondaryTable(name = \""
                        + EVIL + "\")", "@SecondaryTable"),
                Arguments.of(List.of(POSTGRESQL), "@Table(name = \"victims\")\n@SecondaryTable(name = \"victim_notes\", "
                        + "schema = \"" + EVIL + "\")", "@SecondaryTable"),
                Arguments.of(List.of(POSTGRESQL, MARIADB, SQLITE), "@Table(name = \"victims\")\n@SecondaryTable(name = "
                        + "\"victim_notes\", pkJoinColumns = @PrimaryKeyJoinColumn(name = \"" + EVIL + "\"))",
                        "@SecondaryTable"),
                Arguments.of(List.of(POSTGRESQL, MARIADB, SQLITE), "@Table(name = \"victims\")\n@DiscriminatorColumn(name = \""
                        + EVIL + "\")", "@DiscriminatorColumn"));
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void aNamespaceOrTableNameThatIsNotAnIdentifierIsAnError(List<Engine> engines, String typeAnnotations,
            String lineMarker) {
        String victim = Attacks.victim(typeAnnotations, "");
        Attacks.assertRejected(Attacks.compile(dir, engines, victim), dir, victim, ERROR, lineMarker);
    }

    static Stream<Arguments> generatorAttacks() {
        return Stream.of(
                Arguments.of("table = \"" + EVIL + "\"", ERROR),
                Arguments.of("table = \"id_counters\", pkColumnName = \"" + EVIL + "\"", ERROR),
                Arguments.of("table = \"id_counters\", valueColumnName = \"" + EVIL + "\"", ERROR),
                Arguments.of("table = \"id_counters\", schema = \"" + EVIL + "\"", ERROR),
                // a backslash ends MySQL's string early; the check reads the literal as each engine does
                Arguments.of("table = \"id_counters\", pkColumnValue = \"x\\\\', 0); DROP TABLE canary; --\"",
                        "cannot be written into the migration"));
    }

    @ParameterizedTest
    @MethodSource("generatorAttacks")
    void aTableGeneratorsNamesAndSegmentAreChecked(String members, String error) {
        String victim = """
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "victims")
                public class Victim {
                    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "gen")
                    @TableGenerator(name = "gen", %s)
                    Long id;
                }
                """.formatted(members);
        List<Engine> engines = members.contains("schema") ? List.of(POSTGRESQL) : List.of(POSTGRESQL, MARIADB, SQLITE);
        Attacks.assertRejected(Attacks.compile(dir, engines, victim), dir, victim, error, "@TableGenerator");
    }

    /** A JOINED subclass's {@code @PrimaryKeyJoinColumn(name)}. */
    @Test
    void aJoinedSubclassKeyColumnIsChecked() {
        String base = """
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "bases") @Inheritance(strategy = InheritanceType.JOINED)
                public class Base {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                }
                """;
        String victim = """
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "victims")
                @PrimaryKeyJoinColumn(name = "%s")
                public class Victim extends Base {
                    String note;
                }
                """.formatted(EVIL);
        Attacks.assertRejected(Attacks.compile(dir, List.of(POSTGRESQL, MARIADB, SQLITE), victim, base), dir, victim,
                ERROR, "@PrimaryKeyJoinColumn");
    }

    /**
     * A discriminator value becomes a string literal in the discriminator's CHECK; a backslash
     * would end it early on MySQL, so the check, judged as each engine reads it, refuses it there.
     */
    @Test
    void aDiscriminatorValueCannotEndItsLiteralOnMysql() {
        String victim = Attacks.victim("@Table(name = \"victims\")\n@DiscriminatorColumn(name = \"kind\")\n"
                + "@DiscriminatorValue(\"x\\\\', 0); DROP TABLE canary; --\")", "");
        Attacks.assertRejected(Attacks.compile(dir, List.of(MARIADB), victim), dir, victim,
                "cannot be written into the migration",
                "@DiscriminatorColumn");
    }
}
