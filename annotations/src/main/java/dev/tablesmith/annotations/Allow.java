package dev.tablesmith.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Suppresses one Tablesmith rule on this element and its members, with the reason recorded next to
 * the code.
 *
 * <pre>{@code
 * @Allow(value = "table-plural", reason = "legacy table shared with the billing service")
 * @Table(name = "inventory")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PACKAGE})
@Repeatable(Allow.List.class)
public @interface Allow {
    /** The rule id, e.g. {@code table-plural}. */
    String value();

    /** Why the rule does not apply here. Must not be empty. */
    String reason();

    /** Container of repeated {@link Allow}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PACKAGE})
    @interface List {
        /** The suppressions. */
        Allow[] value();
    }
}
