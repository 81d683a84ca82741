package dev.tablesmith.model;

/**
 * A trigger that keeps a column current on every update ({@code updated_at}). Dialects render the
 * mechanism: PostgreSQL a {@code BEFORE UPDATE} trigger calling the shared
 * {@code update_updated_at_column()} function.
 *
 * @param name {@code update_<table>_updated_at}
 * @param column the column set to now() on update
 */
public record Trigger(String name, String column) {}
