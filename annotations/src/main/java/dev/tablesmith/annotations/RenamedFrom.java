package dev.tablesmith.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a table (on an entity) or column (on a field) was renamed, so the next migration
 * renames it instead of dropping the old one and adding a new, empty one.
 *
 * <pre>{@code
 * @RenamedFrom("phone")
 * private String phoneNumber;
 * }</pre>
 *
 * <p>The annotation may stay after the migration is written; it is ignored once the old name is no
 * longer in the schema.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {
    /** The previous physical name of the table or column. */
    String value();
}
