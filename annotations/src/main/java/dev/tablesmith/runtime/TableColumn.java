package dev.tablesmith.runtime;

import java.util.Objects;

/**
 * A column of a table as Tablesmith generated it: its physical name, its SQL type as written for
 * the configured dialect, whether it accepts null, and the Java type of the attribute that maps it
 * (for a foreign-key column, the type of the key it references).
 *
 * <pre>{@code
 * TableColumn<Long> id = OrderTable.Columns.ID;
 * long value = resultSet.getObject(id.name(), id.javaType());
 * }</pre>
 *
 * @param name physical column name, as used in SQL
 * @param sqlType the column's type as the migration declares it, e.g. {@code VARCHAR(255)}
 * @param nullable whether the column accepts null
 * @param javaType the Java type of the values (boxed for primitives; the erasure for generic types)
 * @param <T> the Java type of the values
 */
public record TableColumn<T>(String name, String sqlType, boolean nullable, Class<T> javaType) {
    public TableColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sqlType, "sqlType");
        Objects.requireNonNull(javaType, "javaType");
    }

    /**
     * A column whose Java type is generic ({@code List<String>}, {@code Map<String, Object>}): only
     * the erasure has a class literal, so the generated code passes that and names the generic type
     * as {@code T}.
     */
    @SuppressWarnings("unchecked")
    public static <T> TableColumn<T> erased(String name, String sqlType, boolean nullable, Class<?> erasure) {
        return new TableColumn<>(name, sqlType, nullable, (Class<T>) erasure);
    }

    /** The physical name, so a descriptor can be concatenated into SQL like the name constant. */
    @Override
    public String toString() {
        return name;
    }
}
