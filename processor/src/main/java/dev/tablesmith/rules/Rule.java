package dev.tablesmith.rules;

import dev.tablesmith.findings.Severity;

/**
 * A rule: a stable id, a default severity, a one-line summary and a one-line fix for the README
 * table, and an explanation with a compliant example.
 */
public interface Rule {
    String id();

    /** The severity without options; {@link Severity#OFF} for a rule a project turns on itself. */
    Severity defaultSeverity();

    /**
     * How an opt-in rule (off by default) reports once turned on with its own option; the baseline
     * option ({@code -Atablesmith.rules}) does not turn it on.
     */
    default Severity severityWhenOn() {
        return defaultSeverity() == Severity.OFF ? Severity.WARNING : defaultSeverity();
    }

    Category category();

    /** One line: what the rule checks. */
    String summary();

    /**
     * Why, and a compliant example. The example is a line of its own starting with
     * {@code Compliant:}, which {@link #fix()} falls back to.
     */
    String explanation();

    /**
     * One line: how to fix a violation, for the README's "how to fix" column. Rules should say it
     * in their own words; by default it is the explanation's {@code Compliant:} line.
     */
    default String fix() {
        String compliant = "Compliant:";
        return explanation().lines().map(String::strip).filter(l -> l.startsWith(compliant))
                .map(l -> "e.g. " + l.substring(compliant.length()).strip())
                .findFirst()
                .orElse("see the diagnostic's message");
    }
}
