package dev.tablesmith.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a deliberate denormalisation: a column that repeats or derives data held elsewhere
 * (a copied price, a cached count). The reason becomes part of the column's comment.
 *
 * <pre>{@code
 * @Denormalized(reason = "price at the time of purchase; products.price changes later")
 * private BigDecimal unitPrice;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface Denormalized {
    /** Why the redundancy is worth it, and what keeps it consistent. Must not be empty. */
    String reason();
}
