package dev.tablesmith.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tablesmith.findings.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's rule tables say what the code does: every rule, its default, summary and fix. */
class ReadmeRulesTest {
    @Test
    void readmeRuleTablesEqualTheCatalog() throws IOException {
        String readme = Files.readString(ReadmeRules.README, StandardCharsets.UTF_8);
        String expected = ReadmeRules.replaceBlock(readme, ReadmeRules.render(RuleCatalog.all()));
        if (Boolean.getBoolean("tablesmith.golden.update")) {
            Files.writeString(ReadmeRules.README, expected, StandardCharsets.UTF_8);
            return;
        }
        if (!expected.equals(readme)) {
            fail("README.md's rule tables differ from the rules in RuleCatalog. Update them with\n"
                    + "  mvn -B -pl processor test -Dtest=ReadmeRulesTest -Dtablesmith.golden.update=true\n"
                    + "(or run dev.tablesmith.rules.ReadmeRules from the processor directory). Expected block:\n"
                    + ReadmeRules.render(RuleCatalog.all()));
        }
        assertTrue(readme.indexOf("## Rules") < readme.indexOf(ReadmeRules.BEGIN), "the block sits under ## Rules");
    }

    @Test
    void everyRuleHasOneLineDocsAndAnExample() {
        for (Rule rule : RuleCatalog.all()) {
            assertTrue(rule.id().matches("[a-z]+(-[a-z]+)*"), rule.id());
            for (String line : List.of(rule.summary(), rule.fix())) {
                assertFalse(line.isBlank(), rule.id());
                assertEquals(1, line.lines().count(), rule.id() + ": one line: " + line);
            }
            assertTrue(rule.explanation().contains("Compliant:"), rule.id() + " explains with a compliant example");
            assertTrue(rule.summary().length() > 20, rule.id() + " says what it checks: " + rule.summary());
            // an opt-in rule says so in its summary, since the README's table is all a user may read
            assertTrue(rule.defaultSeverity() != Severity.OFF || rule.summary().contains("off by default"),
                    rule.id() + " is on by default, or says it is not");
        }
    }

    @Test
    void rendersOneTablePerCategoryWithEscapedCells() {
        Rule naming = rule("table-plural", Category.NAMING, Severity.ERROR, "tables are plural | not singular",
                "Names the table.\nCompliant: `@Table(name = \"orders\")`");
        Rule integrity = rule("varchar-length", Category.INTEGRITY, Severity.WARNING, "strings have a length",
                "Why.\nCompliant: `@Column(length = 100)`");
        String block = ReadmeRules.render(List.of(naming, integrity));
        assertEquals(ReadmeRules.BEGIN + "\n"
                + "\n### Naming\n\n"
                + "| rule | default | what it checks | how to fix |\n| --- | --- | --- | --- |\n"
                + "| `table-plural` | error | tables are plural \\| not singular | e.g. `@Table(name = \"orders\")` |\n"
                + "\n### Integrity\n\n"
                + "| rule | default | what it checks | how to fix |\n| --- | --- | --- | --- |\n"
                + "| `varchar-length` | warning | strings have a length | e.g. `@Column(length = 100)` |\n"
                + "\n" + ReadmeRules.END + "\n", block);
    }

    @Test
    void replacingKeepsTheTextAroundTheBlockAndNeedsTheMarkers() {
        String readme = "# X\n## Rules\nintro\n" + ReadmeRules.BEGIN + "\nold\n" + ReadmeRules.END + "\n## Next\n";
        assertEquals("# X\n## Rules\nintro\nNEW\n## Next\n", ReadmeRules.replaceBlock(readme, "NEW\n"));
        assertThrows(IllegalStateException.class, () -> ReadmeRules.replaceBlock("# no block\n", "NEW\n"));
    }

    private static Rule rule(String id, Category category, Severity severity, String summary, String explanation) {
        return new Rule() {
            @Override public String id() { return id; }
            @Override public Severity defaultSeverity() { return severity; }
            @Override public Category category() { return category; }
            @Override public String summary() { return summary; }
            @Override public String explanation() { return explanation; }
        };
    }
}
