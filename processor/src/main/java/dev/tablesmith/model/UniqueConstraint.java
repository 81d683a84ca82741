package dev.tablesmith.model;

import java.util.List;

/** {@code CONSTRAINT <table>_<columns>_unique UNIQUE (columns)}. */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        columns = Lists.copy(columns);
    }
}
