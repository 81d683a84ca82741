package dev.tablesmith.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index, with what {@code jakarta.persistence.Index} cannot say: partial ({@link #where}),
 * covering ({@link #include}), access method ({@link #using}), expression, descending columns and a
 * {@link #reason} that documents why it exists.
 *
 * <p>On an entity, name the columns; on a field, {@link #columns} may be left empty to index that
 * field's column. Column entries are physical column names, optionally followed by an operator
 * class and {@code ASC}/{@code DESC} and {@code NULLS FIRST}/{@code NULLS LAST}.
 *
 * <pre>{@code
 * @TableIndex(columns = {"user_id", "created_at DESC"})
 * @TableIndex(name = "idx_orders_pending", columns = "created_at", where = "status = 'PENDING'")
 * @TableIndex(name = "idx_orders_summary", columns = "user_id", include = {"total", "status"})
 * @TableIndex(name = "idx_articles_search", using = IndexMethod.GIN,
 *            expression = "to_tsvector('english', title || ' ' || body)")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Repeatable(TableIndex.List.class)
public @interface TableIndex {
    /** Key columns in order, e.g. {@code {"user_id", "created_at DESC"}}. */
    String[] columns() default {};

    /** Index name; when empty, {@code idx_<table>_<columns>} is generated. */
    String name() default "";

    /** Whether the index is unique. */
    boolean unique() default false;

    /** Predicate of a partial index, e.g. {@code status = 'PENDING'}. */
    String where() default "";

    /** Non-key columns stored in the index (a covering index, {@code INCLUDE (...)}). */
    String[] include() default {};

    /** The access method. */
    IndexMethod using() default IndexMethod.BTREE;

    /** An SQL expression to index instead of (or after) the columns, e.g. {@code lower(email)}. */
    String expression() default "";

    /** Why this index exists (the query it serves); documented and emitted as its comment. */
    String reason() default "";

    /** Container of repeated {@link TableIndex}es. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
    @interface List {
        /** The indexes. */
        TableIndex[] value();
    }
}
