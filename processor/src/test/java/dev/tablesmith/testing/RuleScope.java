package dev.tablesmith.testing;

import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.Rule;
import dev.tablesmith.rules.RuleCatalog;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Options that switch every rule off but the ones a test is about, so a fixture written for one
 * rule is not judged by all the others (a test of pk-name need not give its entity timestamps).
 * The rules in scope keep their default severity and still answer to the baseline option.
 */
public final class RuleScope {
    private RuleScope() {}

    /** {@code tablesmith.rule.<id>=off} for every rule not named. */
    public static Map<String, String> offExcept(Collection<String> ids) {
        Set<String> kept = Set.copyOf(ids);
        Map<String, String> options = new LinkedHashMap<>();
        for (Rule rule : RuleCatalog.all()) {
            if (!kept.contains(rule.id())) {
                options.put("tablesmith.rule." + rule.id().replace('-', '_'), "off");
            }
        }
        return options;
    }

    /** The ids of every rule of a category. */
    public static java.util.List<String> idsOf(Category category) {
        return RuleCatalog.all().stream().filter(r -> r.category() == category).map(Rule::id).toList();
    }
}
