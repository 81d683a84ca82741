package dev.tablesmith.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row a table is created with (a table generator's counter, as Hibernate's schema export inserts
 * it): each column's value as an SQL literal, in the table's column order. Rows are told apart by
 * their primary-key values; a row that already exists is never updated, since it holds live state
 * (the next id).
 */
public record Row(Map<String, String> values) {
    public Row {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
