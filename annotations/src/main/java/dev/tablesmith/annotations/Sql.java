package dev.tablesmith.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks SQL that Tablesmith checks at compile time against the schema of the same build, like the
 * queries of {@code @NamedNativeQuery} and Spring Data's {@code @Query}: unknown tables and
 * columns, wrong {@code INSERT} arity, incompatible comparisons, deprecated or renamed columns, and
 * the handbook's query patterns (no {@code SELECT *}, keyset pagination, indexed filters).
 *
 * <p>On a {@code String} constant the constant is the query; it may be built from the generated
 * table constants, since javac folds them into one compile-time constant:
 *
 * <pre>{@code
 * @Sql
 * static final String RECENT = "SELECT " + OrderTable.ID + ", " + OrderTable.TOTAL
 *         + " FROM " + OrderTable.TABLE + " WHERE " + OrderTable.USER_ID + " = ?";
 * }</pre>
 *
 * <p>On a method (one that returns or runs the query), the query is {@link #value()}, since a
 * method's body is not visible to an annotation processor.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Sql {
    /** The query; empty on a {@code String} constant, whose value is the query. */
    String value() default "";
}
