package dev.tablesmith.model;

import java.util.List;

/** {@code CONSTRAINT <name> FOREIGN KEY (columns) REFERENCES table (columns) ON DELETE ...}. */
public record ForeignKey(String name, List<String> columns, String referencedTable,
        List<String> referencedColumns, ReferentialAction onDelete) {
    public ForeignKey {
        columns = Lists.copy(columns);
        referencedColumns = Lists.copy(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
    }
}
