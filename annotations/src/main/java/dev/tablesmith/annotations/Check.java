package dev.tablesmith.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code CHECK} constraint. On a field it belongs to that field's table; on an entity it may
 * relate several columns.
 *
 * <p>Names follow {@code <table>_<column>_<what it asserts>}, e.g. {@code orders_total_positive}.
 *
 * <pre>{@code
 * @Check(name = "orders_total_positive", value = "total >= 0")
 * private BigDecimal total;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Repeatable(Check.List.class)
public @interface Check {
    /**
     * Constraint name. When empty, {@code <table>_<column>_check} (on a field) or
     * {@code <table>_check} (on an entity) is used; a name saying what is asserted is better.
     */
    String name() default "";

    /** The SQL boolean expression, e.g. {@code total >= 0}. */
    String value();

    /** Container of repeated {@link Check}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
    @interface List {
        /** The checks. */
        Check[] value();
    }
}
