package dev.tablesmith.dialect.sqlite;

import dev.tablesmith.findings.Message;
import dev.tablesmith.findings.ProblemIds;
import dev.tablesmith.findings.Severity;

/**
 * What {@link SqliteSupport} says about declarations SQLite cannot write: errors where a guarantee
 * would be lost, warnings where only speed is lost and a plain index is written instead.
 */
public enum SqliteMessages implements Message {
    EXCLUSION("exclusion constraint '%s' cannot be written for SQLite, which has no exclusion constraints, so "
            + "overlapping rows would be accepted: enforce it in the application, or target PostgreSQL only"),
    /** Arguments: the table, the column. */
    ARRAY("column '%s.%s' is an array, which SQLite does not have: map it as an @ElementCollection (a table of its "
            + "own), or target PostgreSQL only"),
    FULL_TEXT_LEFT_OUT(Severity.WARNING, "index '%s' is a full-text index (to_tsvector), which SQLite cannot build: "
            + "no index is written for SQLite, so these searches scan the table"),
    /** Arguments: the index, its method. */
    METHOD_AS_PLAIN(Severity.WARNING, "index '%s' uses %s, which SQLite does not have: a plain index on the same "
            + "columns is written for SQLite"),
    OPCLASS_LEFT_OUT(Severity.WARNING, "index '%s' declares an operator class or NULLS ordering, which SQLite's "
            + "CREATE INDEX does not take: it is written with plain columns for SQLite"),
    /** Arguments: the index, its INCLUDE columns. */
    INCLUDE_LEFT_OUT(Severity.WARNING, "index '%s' has INCLUDE columns (%s), which SQLite does not have: a plain "
            + "index on its key columns is written for SQLite, so queries reading them visit the table");

    private final Severity defaultSeverity;
    private final String template;

    SqliteMessages(String template) {
        this(null, template);
    }

    SqliteMessages(Severity defaultSeverity, String template) {
        this.defaultSeverity = defaultSeverity;
        this.template = template;
    }

    @Override
    public String id() {
        return ProblemIds.DIALECT_SUPPORT;
    }

    @Override
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public String template() {
        return template;
    }
}
