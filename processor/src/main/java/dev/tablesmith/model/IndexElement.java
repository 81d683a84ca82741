package dev.tablesmith.model;

/**
 * One key part of an index: a column or an expression, with optional operator class, direction
 * and nulls ordering.
 *
 * @param column physical column name, or null for an expression
 * @param expression SQL expression, or null for a column
 * @param opclass operator class such as {@code gin_trgm_ops}, or null
 * @param nulls {@code FIRST}, {@code LAST}, or null for the default
 */
public record IndexElement(String column, String expression, String opclass, boolean descending,
        String nulls) {

    public static IndexElement column(String column) {
        return new IndexElement(column, null, null, false, null);
    }

    public static IndexElement expression(String expression) {
        return new IndexElement(null, expression, null, false, null);
    }
}
