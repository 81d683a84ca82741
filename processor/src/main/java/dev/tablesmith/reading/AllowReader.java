package dev.tablesmith.reading;

import dev.tablesmith.model.Origin;
import dev.tablesmith.rules.Finding;
import dev.tablesmith.rules.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Checks every {@code @Allow} on the elements the reader visited: the rule id must exist and the
 * reason must not be empty, because a suppression nobody can explain is a rule turned off silently.
 */
public final class AllowReader {
    public static final String INVALID_ALLOW = "invalid-allow";

    private AllowReader() {}

    public static List<Finding> check(Iterable<Element> elements, Elements utils) {
        List<Finding> findings = new ArrayList<>();
        for (Element e : elements) {
            for (Ann allow : Ann.findAll(e, Names.ALLOW, Names.ALLOW_LIST, utils)) {
                String id = allow.string("value").trim();
                if (RuleCatalog.byId(id).isEmpty()) {
                    findings.add(new Finding(INVALID_ALLOW, "@Allow names no rule '" + id + "': valid ids are "
                            + String.join(", ", RuleCatalog.ids()), allow.origin("value"), null));
                }
                if (allow.string("reason").isBlank()) {
                    Origin at = allow.has("reason") ? allow.origin("reason") : allow.origin();
                    findings.add(new Finding(INVALID_ALLOW, "@Allow(\"" + id + "\") needs a reason: say why the rule "
                            + "does not apply here, e.g. reason = \"legacy table shared with billing\"", at, null));
                }
            }
        }
        return findings;
    }
}
