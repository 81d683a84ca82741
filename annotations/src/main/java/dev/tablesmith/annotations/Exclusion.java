package dev.tablesmith.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An exclusion constraint (PostgreSQL): no two rows may have all elements compare true with their
 * operators. Mixing scalar equality with a range operator under GiST needs the {@code btree_gist}
 * extension, which Tablesmith creates when needed.
 *
 * <pre>{@code
 * @Exclusion(name = "bookings_no_overlap", using = IndexMethod.GIST,
 *            elements = {"room_id WITH =", "tstzrange(starts_at, ends_at) WITH &&"})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Exclusion.List.class)
public @interface Exclusion {
    /** Constraint name, e.g. {@code bookings_no_overlap}. */
    String name();

    /** The index method backing the constraint; GiST unless stated. */
    IndexMethod using() default IndexMethod.GIST;

    /** Elements as {@code <column or (expression)> WITH <operator>}. */
    String[] elements();

    /** Optional predicate: the constraint applies only to rows matching it. */
    String where() default "";

    /** Container of repeated {@link Exclusion}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /** The exclusion constraints. */
        Exclusion[] value();
    }
}
