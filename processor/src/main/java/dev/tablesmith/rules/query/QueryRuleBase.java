package dev.tablesmith.rules.query;

import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.QueryRule;

/** The parts every query rule has alike: its category and its id, severity and docs as data. */
abstract class QueryRuleBase implements QueryRule {
    private final String id;
    private final Severity severity;
    private final String summary;
    private final String explanation;

    QueryRuleBase(String id, Severity severity, String summary, String explanation) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
        this.explanation = explanation;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final Category category() {
        return Category.QUERIES;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final String explanation() {
        return explanation;
    }
}
