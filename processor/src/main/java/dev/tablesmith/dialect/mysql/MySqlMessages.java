package dev.tablesmith.dialect.mysql;

import dev.tablesmith.findings.Message;
import dev.tablesmith.findings.ProblemIds;
import dev.tablesmith.findings.Severity;

/**
 * What {@link MySqlSupport} says about declarations MySQL/MariaDB cannot write: errors where a
 * guarantee would be lost, warnings where a weaker but correct form is written. Each starts with
 * the dialect's id, since a build may write for several.
 */
public enum MySqlMessages implements Message {
    /** Arguments: the table, the column. */
    ARRAY("mysql: column '%s.%s' is an array, and MySQL/MariaDB has no array type: map it as JSON "
            + "(@JdbcTypeCode(SqlTypes.JSON)) or as an @ElementCollection table"),
    EXCLUSION("mysql: exclusion constraint '%s' has no MySQL/MariaDB form, so overlapping rows would be accepted: "
            + "enforce it in the application under a lock, or target PostgreSQL"),
    /** Arguments: the check, the column, the foreign key, its ON DELETE action. */
    CHECK_ON_KEY_ACTION_COLUMN("mysql: check constraint '%s' uses '%s', which foreign key '%s' writes ON DELETE %s, "
            + "and MySQL/MariaDB refuses a CHECK on such a column: drop the check, or make the key ON DELETE "
            + "CASCADE, RESTRICT or NO ACTION"),
    PARTIAL_UNIQUE_INDEX("mysql: partial unique index '%s' has no MySQL/MariaDB form (no WHERE on an index), and a "
            + "unique index on all rows would refuse rows the entities allow: drop 'where', or enforce the "
            + "uniqueness another way (a generated column that is NULL outside the predicate, with "
            + "@Column(columnDefinition))"),
    UNIQUE_EXPRESSION_INDEX("mysql: unique expression index '%s' has no MariaDB form (no functional key parts), so "
            + "its uniqueness would not be enforced: store the expression in a column and make that unique"),
    EXPRESSION_INDEX_LEFT_OUT(Severity.WARNING, "mysql: expression index '%s' is not written: MariaDB has no "
            + "functional key parts; queries on the expression scan the table. Index a stored column instead"),
    /** Arguments: the index, the column, its type. */
    UNINDEXABLE_COLUMN("mysql: index '%s' is on '%s', a %s column, which InnoDB cannot index whole: index a VARCHAR "
            + "column instead"),
    PARTIAL_INDEX_FULL(Severity.WARNING, "mysql: partial index '%s' is written as a full index (MySQL/MariaDB has no "
            + "WHERE on an index): it covers all rows and is larger than declared"),
    /** Arguments: the index, its INCLUDE columns. */
    INCLUDE_LEFT_OUT(Severity.WARNING, "mysql: covering index '%s' is written without its INCLUDE columns (%s): "
            + "MySQL/MariaDB has no INCLUDE; add them as key columns if index-only scans matter"),
    /** Arguments: the index, its method. */
    METHOD_AS_BTREE(Severity.WARNING, "mysql: index '%s' uses %s, which InnoDB does not have: it is written as a "
            + "B-tree index"),
    OPCLASS_LEFT_OUT(Severity.WARNING, "mysql: index '%s' declares an operator class or NULLS ordering, which "
            + "MySQL/MariaDB has no equivalent: written with plain columns");

    private final Severity defaultSeverity;
    private final String template;

    MySqlMessages(String template) {
        this(null, template);
    }

    MySqlMessages(Severity defaultSeverity, String template) {
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
