package dev.tablesmith.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column's default, as raw SQL: {@code @Default("'pending'")}, {@code @Default("now()")},
 * {@code @Default("'{}'")}. Adding a {@code NOT NULL} column to an existing table needs one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Default {
    /** The SQL expression, emitted verbatim after {@code DEFAULT}. */
    String value();
}
