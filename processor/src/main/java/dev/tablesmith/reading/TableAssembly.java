package dev.tablesmith.reading;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One table being built: the mutable builder, the attribute paths that map to its columns (so
 * annotations may name a column by attribute as well as by column name), and the entity it
 * belongs to.
 */
final class TableAssembly {
    final Table.Builder table;
    final String entity;
    final Origin origin;
    private final Map<String, String> columnsByAttribute = new LinkedHashMap<>();
    private final ReadContext ctx;

    TableAssembly(ReadContext ctx, String name, String entity, Origin origin) {
        this.ctx = ctx;
        this.table = new Table.Builder(name);
        this.table.entity = entity;
        this.entity = entity;
        this.origin = origin;
    }

    String name() {
        return table.name;
    }

    /** Adds a column unless one of that name exists, which is reported on the second declaration. */
    boolean addColumn(Column column, String attributePath, Source source) {
        if (table.hasColumn(column.name())) {
            ctx.problem(MappingMessages.COLUMN_MAPPED_TWICE, source.nameOrOrigin(), entity, column.name(), name());
            return false;
        }
        table.columns.add(column);
        if (attributePath != null) {
            columnsByAttribute.putIfAbsent(attributePath, column.name());
            int dot = attributePath.lastIndexOf('.');
            if (dot >= 0) {
                columnsByAttribute.putIfAbsent(attributePath.substring(dot + 1), column.name());
            }
        }
        ctx.source(Ref.column(name(), column.name()), source);
        return true;
    }

    /**
     * A column named in an annotation: its physical name, an attribute name that maps to it, or a
     * name that becomes it under the naming strategy.
     */
    Optional<String> resolveColumn(String reference) {
        String ref = reference.trim();
        if (table.hasColumn(ref)) {
            return Optional.of(ref);
        }
        String byAttribute = columnsByAttribute.get(ref);
        if (byAttribute != null) {
            return Optional.of(byAttribute);
        }
        String physical = ctx.naming.physical(ref);
        return table.hasColumn(physical) ? Optional.of(physical) : Optional.empty();
    }

    /** Attribute paths (also their last segment) to columns. */
    Map<String, String> columnsByAttribute() {
        return columnsByAttribute;
    }

    String columnList() {
        return String.join(", ", table.columns.stream().map(Column::name).toList());
    }

    void source(Ref ref, Origin origin, Origin nameOrigin) {
        ctx.source(ref, new Source(origin, nameOrigin, entity, null));
    }
}
