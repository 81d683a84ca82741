package dev.tablesmith.rules.migration;

import dev.tablesmith.findings.Message;
import dev.tablesmith.findings.Severity;

/**
 * What the migration-safety rules say about a diff. The rules that choose a lock-light form
 * ({@code SafeFormRule}s) say nothing, so they have no messages here.
 */
public enum MigrationSafetyMessages implements Message {
    /** Arguments: the table, the entity's simple name. */
    TABLE_DROPPED("drop-needs-deprecation", "table '%1$s' is dropped, but tablesmith-snapshot.json does not record "
            + "it as deprecated: running instances of the previous release still use it. Restore the entity %2$s and "
            + "annotate it @Deprecated for one release, then delete it; or confirm the drop with "
            + "-Atablesmith.allowDrop=%1$s"),
    /** Arguments: {@code table.column}, the column. */
    COLUMN_DROPPED("drop-needs-deprecation", "column '%1$s' is dropped, but tablesmith-snapshot.json does not record "
            + "it as deprecated: running instances of the previous release still read and write it. Drop in two "
            + "phases: restore the field, annotate it @Deprecated (the column becomes nullable) and release that, "
            + "then delete it in a later migration; or confirm the drop with -Atablesmith.allowDrop=%1$s (a rename "
            + "needs @RenamedFrom(\"%2$s\") on the new field)"),
    /** Arguments: {@code table.column}, the table. */
    NOT_NULL_WITHOUT_DEFAULT("not-null-needs-default", "column '%s' is added NOT NULL without a default to the "
            + "existing table '%s': the ALTER fails on its rows, and the running release inserts rows without it; "
            + "add @Default(\"<sql>\") (or @ColumnDefault), or make the column nullable now, backfill it and make it "
            + "NOT NULL in a later migration"),
    /** Arguments: {@code table.column}, the table, the primitive type, the default to add. */
    PRIMITIVE_WITHOUT_DEFAULT("not-null-needs-default", "column '%s' is added NOT NULL without a default to the "
            + "existing table '%s': the ALTER fails on its rows, and the running release inserts rows without it; "
            + "a primitive %s field gets no database default by itself: add @Default(\"%s\")"),
    /** Arguments: the old name, the new name. */
    TABLE_RENAMED("rename-breaks-readers", "table '%1$s' is renamed to '%2$s': running instances of the previous "
            + "release and other readers of '%1$s' fail from this migration on; stop them before it runs, or add the "
            + "new table beside the old one and move readers over before dropping it"),
    /** Arguments: the table, the old name, the new name. */
    COLUMN_RENAMED("rename-breaks-readers", "column '%1$s.%2$s' is renamed to '%3$s': running instances of the "
            + "previous release and other readers of '%2$s' fail from this migration on; stop them before it runs, "
            + "or add '%3$s' beside '%2$s', write both and backfill, then deprecate '%2$s'"),
    /**
     * Said by the reader, which sees the Java type: the first phase of a drop makes the column nullable.
     * Arguments: the field, {@code table.column}, its primitive type, the boxed type, the field's name.
     */
    DEPRECATED_PRIMITIVE("drop-needs-deprecation", Severity.WARNING, "field '%s' is @Deprecated, so column %s "
            + "becomes nullable, but a %s cannot hold NULL: once a release stops writing it, Hibernate fails to load "
            + "the rows where it is NULL. Box it first (%s %s), then deprecate it"),
    /** Arguments: {@code table.column}, the old and new SQL types, and the target's cost ({@code Dialect.tableRewrite}). */
    TABLE_REWRITE("table-rewrite", "changing '%s' from %s to %s %s; on a big table add a new column, backfill it in "
            + "batches and switch over, or plan a maintenance window");

    private final String id;
    private final Severity defaultSeverity;
    private final String template;

    MigrationSafetyMessages(String id, String template) {
        this(id, null, template);
    }

    MigrationSafetyMessages(String id, Severity defaultSeverity, String template) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.template = template;
    }

    @Override
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String template() {
        return template;
    }
}
