package dev.tablesmith.model;

import java.util.List;

/** {@code CONSTRAINT <name> PRIMARY KEY (columns)}; the name is {@code <table>_pkey}. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = Lists.copy(columns);
    }
}
