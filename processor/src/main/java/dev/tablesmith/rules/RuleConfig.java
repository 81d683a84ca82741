package dev.tablesmith.rules;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import java.util.Map;

/**
 * Effective severities: a rule's own override wins over the baseline, which wins over the rule's
 * (or the finding's) default.
 *
 * @param baseline severity for every rule, or null to keep each rule's default
 * @param overrides per-rule severities by id
 */
public record RuleConfig(Severity baseline, Map<String, Severity> overrides) {
    public static final RuleConfig DEFAULTS = new RuleConfig(null, Map.of());

    public RuleConfig {
        overrides = Map.copyOf(overrides);
    }

    public Severity severityOf(Rule rule) {
        Severity own = overrides.get(rule.id());
        if (own != null) {
            return own;
        }
        if (rule.defaultSeverity() == Severity.OFF) {
            return Severity.OFF; // opt-in: only its own option turns it on
        }
        return baseline != null ? baseline : rule.defaultSeverity();
    }

    /** As {@link #severityOf(Rule)}, except that a finding's own default replaces the rule's. */
    public Severity severityOf(Rule rule, Finding finding) {
        if (finding.defaultSeverity() == null || overrides.containsKey(rule.id()) || baseline != null) {
            return severityOf(rule);
        }
        return finding.defaultSeverity();
    }
}
