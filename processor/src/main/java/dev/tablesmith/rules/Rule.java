package dev.tablesmith.rules;

/**
 * A rule: a stable id, a default severity, a one-line summary for the README table, and an
 * explanation with a compliant example.
 */
public interface Rule {
    String id();

    Severity defaultSeverity();

    Category category();

    /** One line: what the rule checks. */
    String summary();

    /** Why, and a compliant example; shown in the README. */
    String explanation();
}
