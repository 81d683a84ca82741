package dev.tablesmith.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.rules.RuleCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every wrong option is one error with its value as written and the fix ({@link OptionsMessages}). */
class OptionsParserTest {
    private static List<String> problems(Map<String, String> raw) {
        return OptionsParser.parse(raw).problems().stream().map(Finding::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            tablesmith.dialect     | oracle       | -Atablesmith.dialect=oracle is not a dialect this version writes: use postgresql, mysql, sqlite [options]
            tablesmith.naming      | hibernate    | -Atablesmith.naming=hibernate is unknown: use spring or jpa [options]
            tablesmith.mode        | dry-run      | -Atablesmith.mode=dry-run is unknown: use write, check or validate [options]
            tablesmith.name        | add users    | -Atablesmith.name=add users may contain only letters, digits and _ [options]
            tablesmith.version     | v2           | -Atablesmith.version=v2 must be digits separated by dots, e.g. 20261125120000 [options]
            tablesmith.rules       | fatal        | -Atablesmith.rules=fatal is unknown: use error, warning or off [options]
            tablesmith.rule.pk_name | loud        | -Atablesmith.rule.pk_name=loud is unknown: use error, warning or off [options]
            tablesmith.lockTimeout | soon         | -Atablesmith.lockTimeout=soon must be a duration such as 5s or 500ms [options]
            tablesmith.tableClass  | **Table      | -Atablesmith.tableClass=**Table must contain exactly one *: use a Java name containing * once for the entity's name, e.g. *Table (the default) or *Columns, or none for no table classes [options]
            tablesmith.tableClass  | *            | -Atablesmith.tableClass=* would name the table class like the entity itself: use a Java name containing * once for the entity's name, e.g. *Table (the default) or *Columns, or none for no table classes [options]
            tablesmith.tableClass  | *_           | -Atablesmith.tableClass=*_ clashes with the JPA static metamodel classes: use a Java name containing * once for the entity's name, e.g. *Table (the default) or *Columns, or none for no table classes [options]
            tablesmith.tableClass  | *-Table      | -Atablesmith.tableClass=*-Table does not give a Java class name: use a Java name containing * once for the entity's name, e.g. *Table (the default) or *Columns, or none for no table classes [options]
            tablesmith.catalogPackage | com.shop.1db | -Atablesmith.catalogPackage=com.shop.1db is not a Java package name, e.g. com.shop.db [options]
            """)
    void aWrongValueIsOneProblemNamingItAndTheFix(String key, String value, String text) {
        assertEquals(List.of(text), problems(Map.of(key, value)));
    }

    @Test
    void aPathThatCannotBeOneSaysWhy() {
        List<String> problems = problems(Map.of("tablesmith.migrations", "db\0x"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("-Atablesmith.migrations=db\0x is not a valid path: "), problems.get(0));
    }

    @Test
    void anUnknownRuleListsTheValidIds() {
        assertEquals(List.of("-Atablesmith.rule.tabel_plural names no rule: valid ids are "
                + String.join(", ", RuleCatalog.ids()) + " (write - as _ for javac, e.g. "
                + "-Atablesmith.rule.table_plural=off) [options]"), problems(Map.of("tablesmith.rule.tabel_plural", "off")));
    }

    @Test
    void everyProblemIsReportedInTheOrderFound() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("tablesmith.mode", "dry-run");
        raw.put("tablesmith.dialect", "oracle");
        raw.put("tablesmith.version", "v2");
        assertEquals(List.of(
                "-Atablesmith.dialect=oracle is not a dialect this version writes: use postgresql, mysql, sqlite [options]",
                "-Atablesmith.mode=dry-run is unknown: use write, check or validate [options]",
                "-Atablesmith.version=v2 must be digits separated by dots, e.g. 20261125120000 [options]"),
                problems(raw));
    }
}
