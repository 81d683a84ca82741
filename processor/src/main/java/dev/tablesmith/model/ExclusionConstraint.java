package dev.tablesmith.model;

import java.util.List;

/**
 * {@code CONSTRAINT <name> EXCLUDE USING <method> (element WITH operator, ...) [WHERE (...)]}.
 *
 * @param where predicate, or null
 */
public record ExclusionConstraint(String name, IndexMethod method, List<Element> elements, String where) {
    public ExclusionConstraint {
        elements = Lists.copy(elements);
    }

    /** One {@code <expression> WITH <operator>} pair. */
    public record Element(String expression, String operator) {}
}
