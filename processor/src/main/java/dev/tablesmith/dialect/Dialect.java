package dev.tablesmith.dialect;

import dev.tablesmith.diff.Change;
import dev.tablesmith.model.ColumnType;
import java.util.List;

/** Renders changes as SQL for one database. */
public interface Dialect {
    /** The option value that selects it ({@code postgresql}). */
    String id();

    /**
     * The SQL of one change: complete statements ending with {@code ;}, possibly preceded by
     * {@code --} comment lines and separated by blank lines. Empty for changes with no SQL.
     */
    String render(Change change);

    /** Whether the change may run inside a transaction (false for {@code CREATE INDEX CONCURRENTLY}). */
    boolean isTransactional(Change change);

    /** The column type as this dialect writes it ({@code VARCHAR(255)}). */
    String type(ColumnType type);

    /** The longest identifier the database keeps intact, in bytes. */
    int maxIdentifierLength();
}
