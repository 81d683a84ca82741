package dev.tablesmith.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code ON DELETE} action of the foreign key of a {@code @ManyToOne} / {@code @OneToOne}
 * relation. Without it the database default ({@code NO ACTION}) applies.
 *
 * <pre>{@code
 * @ManyToOne(optional = false)
 * @OnDelete(OnDelete.Action.CASCADE)
 * private Order order;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface OnDelete {
    /** What happens to referencing rows when the referenced row is deleted. */
    Action value();

    /** Referential actions. */
    enum Action {
        /** Delete the referencing rows too. */
        CASCADE,
        /** Set the referencing column to NULL (the column must be nullable). */
        SET_NULL,
        /** Refuse the delete, checked immediately. */
        RESTRICT,
        /** Refuse the delete, checked at the end of the statement (the database default). */
        NO_ACTION
    }
}
