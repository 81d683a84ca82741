package dev.tablesmith.findings;

/**
 * Ids of diagnostics that are not rules: the model cannot be built, the options are wrong, or the
 * migration folder is inconsistent. They are errors (unless a finding says it is a mere warning, as
 * {@link #DIALECT_SUPPORT} does for a weaker but correct form) and cannot be suppressed, because
 * going on would write a wrong migration.
 */
public final class ProblemIds {
    private ProblemIds() {}

    /** A mapping Tablesmith cannot turn into a schema (unknown column in an index, unsupported feature). */
    public static final String INVALID_MAPPING = "invalid-mapping";
    /** An {@code -A} option with a wrong value, or an unknown rule id. */
    public static final String OPTIONS = "options";
    /** The migration folder or snapshot is inconsistent (edited, missing or unknown migrations). */
    public static final String MIGRATION_HISTORY = "migration-history";
    /** The model differs from the snapshot in a way this version cannot migrate yet, or check mode found changes. */
    public static final String PENDING_CHANGES = "pending-changes";
    /** A target dialect cannot express what the entities declare (see {@code Dialect#checkSupport}). */
    public static final String DIALECT_SUPPORT = "dialect-support";
    /** The compile's class path lacks what the generated code needs ({@code tablesmith-annotations}). */
    public static final String CLASS_PATH = "class-path";
    /** Files could not be written. */
    public static final String IO = "io";
    /** An {@code @Allow} names no rule or gives no reason. */
    public static final String INVALID_ALLOW = "invalid-allow";
    /**
     * A name that is not a plain SQL identifier: never written into SQL. Not a rule, so no option
     * or {@code @Allow} turns it off.
     */
    public static final String SQL_IDENTIFIER = "sql-identifier";
    /** An SQL fragment (check, default, index predicate, ...) that is not one expression. Not a rule either. */
    public static final String SQL_FRAGMENT = "sql-fragment";
    /** Text written into SQL as a literal (a comment) that no database can hold. Not a rule either. */
    public static final String SQL_TEXT = "sql-text";
    /** Tablesmith itself failed: a bug to report, with the trace. */
    public static final String INTERNAL = "internal";
}
