package dev.tablesmith.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The comment of a table (on an entity) or of a column (on a field), emitted as
 * {@code COMMENT ON TABLE} / {@code COMMENT ON COLUMN}.
 *
 * <p>Without it, the first sentence of the element's Javadoc is used.
 *
 * <pre>{@code
 * @Entity
 * @Comment("Orders placed by users; one row per checkout")
 * class Order { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface Comment {
    /** The comment text, stored as is (quotes are escaped by Tablesmith). */
    String value();
}
