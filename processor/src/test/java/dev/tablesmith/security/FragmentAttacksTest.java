package dev.tablesmith.security;

import static dev.tablesmith.security.Attacks.Engine.MARIADB;
import static dev.tablesmith.security.Attacks.Engine.POSTGRESQL;
import static dev.tablesmith.security.Attacks.Engine.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.tablesmith.security.Attacks.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SQL fragments are one expression: a check, default, index predicate or expression, exclusion
 * element or column definition that would end the statement, hide its rest in a comment, leave a
 * quote or parenthesis open, add a clause, or be read differently by another engine or by Flyway
 * is an error on its value; fragments that only look dangerous (a ';' or '--' inside a string)
 * apply beside the canary.
 */
class FragmentAttacksTest {
    static final List<Engine> ALL = List.of(POSTGRESQL, MARIADB, SQLITE);

    @TempDir
    Path dir;

    static Stream<Arguments> rejected() {
        return Stream.of(
                // engines, class annotations, members, expected text, marker of the value's line
                of(ALL, "@Check(name = \"victims_id_check\", value = \"id > 0); DROP TABLE canary; --\")", "", "closes a parenthesis", "@Check"),
                of(ALL, "@Check(name = \"victims_id_check\", value = \"id > 0; DROP TABLE canary\")", "", "';'", "@Check"),
                of(ALL, "@Check(name = \"victims_id_check\", value = \"id > 0) OR (1 = 1\")", "", "closes a parenthesis", "@Check"),
                of(ALL, "@Check(name = \"victims_id_check\", value = \"id > 0 /* \")", "", "comment", "@Check"),
                of(ALL, "@Check(name = \"victims_id_check\", value = \"id > 0 --\")", "", "comment", "@Check"),
                of(ALL, "@Check(name = \"victims_id_check\", value = \"note <> 'x\")", "", "never closed", "@Check"),
                of(ALL, "@Check(name = \"victims_id_check\", value = \"note <> '\\\\'; DROP TABLE canary; --'\")", "",
                        "", "@Check"),
                of(List.of(POSTGRESQL), "@Check(name = \"victims_id_check\", value = \"note <> $$x\")", "", "dollar quote", "@Check"),
                of(List.of(POSTGRESQL), "@Check(name = \"victims_id_check\", value = \"note <> \\\"x\")", "", "never closed", "@Check"),
                of(List.of(MARIADB), "@Check(name = \"victims_id_check\", value = \"id # 1\")", "", "comment", "@Check"),
                of(List.of(MARIADB), "@Check(name = \"victims_id_check\", value = \"note <> 'a\\\\' OR 1=1; --'\")", "", "", "@Check"),
                of(List.of(SQLITE), "@Check(name = \"victims_id_check\", value = \"note <> [a;b]\")", "", "quoted name", "@Check"),
                of(ALL, "", "@Check(name = \"victims_m_check\", value = \"m > 0, CHECK (1 = 1)\") int m;", "','", "int m"),
                of(ALL, "", "@Default(\"0; DROP TABLE canary\") int m;", "';'", "int m"),
                of(ALL, "", "@Default(\"0, evil INT\") int m;", "','", "int m"),
                of(ALL, "", "@Default(\"'${flyway:user}'\") String s;", "placeholder", "String s"),
                of(ALL, "", "@org.hibernate.annotations.ColumnDefault(\"0 -- swallow\") int m;", "comment", "int m"),
                of(ALL, "", "@org.hibernate.annotations.Check(constraints = \"m > 0); DROP TABLE canary; --\") int m;", "closes a parenthesis", "int m"),
                of(ALL, "", "@Column(columnDefinition = \"TEXT; DROP TABLE canary\") String s;", "';'", "String s"),
                of(ALL, "", "@Column(columnDefinition = \"TEXT, evil INT\") String s;", "','", "String s"),
                of(ALL, "@TableIndex(columns = \"note\", where = \"note IS NULL; DROP TABLE canary\")", "", "';'", "@TableIndex"),
                of(ALL, "@TableIndex(expression = \"lower(note)); DROP TABLE canary; --\")", "", "closes a parenthesis", "@TableIndex"),
                of(ALL, "@TableIndex(expression = \"lower(note || ';') || ';' ; DROP TABLE canary\")", "", "';'", "@TableIndex"),
                of(List.of(POSTGRESQL), "@Exclusion(name = \"victims_note_excl\", elements = \"note WITH =;DROP\")",
                        "", "operator", "@Exclusion"),
                of(List.of(POSTGRESQL), "@Exclusion(name = \"victims_note_excl\", elements = \"(note)) WITH =\")", "",
                        "closes a parenthesis", "@Exclusion"),
                of(ALL, "@Check(name = \"victims_id_check\", value = \"id > 0\\u0000 OR true\")", "", "NUL", "@Check"));
    }

    static Arguments of(List<Engine> engines, String typeAnnotations, String members, String text, String marker) {
        return Arguments.of(engines, typeAnnotations, members, text, marker);
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void aFragmentThatIsNotOneExpressionIsAnErrorOnItsValue(List<Engine> engines, String typeAnnotations, String members,
            String text, String marker) {
        String victim = Attacks.victim(typeAnnotations, members);
        Compilation c = Attacks.compile(dir, engines, victim);
        Attacks.assertRejected(c, dir, victim, text.isEmpty() ? "[sql-fragment]" : text, marker);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                of(ALL, "@Check(name = \"victims_note_check\", value = \"note <> ';' AND note <> '--' AND note <> '/*'\")", "", "", ""),
                of(ALL, "", "@Default(\"'it''s; -- fine'\") @Column(length = 20) String s;", "", ""),
                of(ALL, "", "@Default(\"1 + 1\") int m;", "", ""),
                of(List.of(POSTGRESQL), "@Check(name = \"victims_note_check\", value = \"note <> $$;$$ AND note <> $t$ -- $t$\")", "", "", ""),
                of(List.of(POSTGRESQL, SQLITE), "@Check(name = \"victims_note_check\", value = \"\\\"note\\\" <> 'a'\")", "", "", ""),
                of(ALL, "@TableIndex(columns = \"note\", where = \"note <> ';'\")", "", "", ""));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void aFragmentThatOnlyLooksDangerousApplies(List<Engine> engines, String typeAnnotations, String members,
            String unused, String unused2) {
        String victim = Attacks.victim(typeAnnotations, members);
        Compilation c = Attacks.compile(dir, engines, victim);
        assertEquals(Compilation.Status.SUCCESS, c.status(), c.diagnostics()::toString);
        for (Engine engine : engines) {
            var ds = Attacks.applyBesideCanary(engine, dir, engines.size() > 1, dir);
            Attacks.execute(ds, "INSERT INTO victims (note) VALUES ('ok')");
            assertEquals(List.of("ok"), Attacks.query(ds, "SELECT note FROM victims"), engine::toString);
        }
    }
}
