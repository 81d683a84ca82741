package dev.tablesmith.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Rule;
import dev.tablesmith.rules.RuleCatalog;
import dev.tablesmith.rules.RuleConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Severity options for every rule in the catalogue: baseline, per-rule override, both spellings of an id. */
class RuleOptionsTest {
    @Test
    void everyRuleCanBeSetByItsIdOrWithUnderscores() {
        for (Rule rule : RuleCatalog.all()) {
            for (String key : List.of(rule.id(), rule.id().replace('-', '_'))) {
                OptionsParser.Result r = OptionsParser.parse(Map.of(Options.RULES, "warning",
                        Options.RULE_PREFIX + key, "error"));
                assertEquals(List.of(), r.problems(), key);
                assertEquals(Severity.ERROR, r.options().rules().severityOf(rule), key + " wins over the baseline");
            }
            assertTrue(OptionsParser.supported().contains(Options.RULE_PREFIX + rule.id().replace('-', '_')),
                    "javac is told about the option of " + rule.id());
        }
    }

    @Test
    void theBaselineAppliesToEveryRuleWithoutItsOwnOption() {
        RuleConfig config = OptionsParser.parse(Map.of(Options.RULES, "off")).options().rules();
        RuleCatalog.all().forEach(rule -> assertEquals(Severity.OFF, config.severityOf(rule), rule.id()));
        RuleConfig defaults = OptionsParser.parse(Map.of()).options().rules();
        RuleCatalog.all().forEach(rule -> assertEquals(rule.defaultSeverity(), defaults.severityOf(rule), rule.id()));
    }

    @Test
    void anUnknownIdListsTheValidOnes() {
        OptionsParser.Result r = OptionsParser.parse(Map.of(Options.RULE_PREFIX + "table_plurals", "off"));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().contains("valid ids are " + String.join(", ", RuleCatalog.ids())),
                r.problems().get(0).message());
    }
}
