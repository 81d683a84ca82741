package dev.tablesmith.reading;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.QualifiedNames;
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
    /** The entity whose declarations are being read into the table (a SINGLE_TABLE subclass, in turn). */
    String entity;
    final Origin origin;
    private final Map<String, String> columnsByAttribute = new LinkedHashMap<>();
    /** How each column was mapped, for a second mapping of the same column. */
    private final Map<String, Mapping> mappings = new LinkedHashMap<>();
    /** The foreign key each relation attribute added, by attribute path. */
    final Map<String, String> foreignKeysByAttribute = new LinkedHashMap<>();
    private final ReadContext ctx;

    /**
     * @param basic mapped by a basic attribute (whose definition wins over a relation's, as in Hibernate)
     * @param readOnly {@code insertable = false, updatable = false}: another mapping writes the column
     * @param by the attribute that mapped it, for messages
     */
    record Mapping(boolean basic, boolean readOnly, String by) {}

    TableAssembly(ReadContext ctx, String name, String entity, Origin origin) {
        this.ctx = ctx;
        this.table = new Table.Builder(name);
        this.table.entity = entity;
        this.entity = entity;
        this.origin = origin;
    }

    /** The table's identity: its qualified name ({@code sales.orders}). */
    String name() {
        return table.name;
    }

    /** The name without its namespace, which generated names are made of ({@code orders_pkey}). */
    String localName() {
        return QualifiedNames.local(table.name);
    }

    /** Adds a column unless one of that name exists, which is reported on the second declaration. */
    boolean addColumn(Column column, String attributePath, Source source) {
        return addColumn(column, attributePath, source, new Mapping(true, false, attributePath));
    }

    /**
     * Adds a column, or maps a second attribute onto an existing one when either mapping is
     * read-only ({@code insertable = false, updatable = false}), as Hibernate allows: the basic
     * attribute's definition wins over a relation's join column; both must agree on the type.
     * Two writable mappings of one column are reported on the second.
     */
    boolean addColumn(Column column, String attributePath, Source source, Mapping mapping) {
        if (table.hasColumn(column.name())) {
            Mapping existing = mappings.get(column.name());
            if (existing == null || !(existing.readOnly() || mapping.readOnly())) {
                ctx.problem(MappingMessages.COLUMN_MAPPED_TWICE, source.nameOrOrigin(), entity, column.name(), name());
                return false;
            }
            Column current = table.columns.stream().filter(c -> c.name().equals(column.name())).findFirst().orElseThrow();
            if (!current.type().equals(column.type())) {
                ctx.problem(MappingMessages.SHARED_COLUMN_TYPE, source.nameOrOrigin(), entity, column.name(),
                        existing.by(), current.type().kind(), mapping.by(), column.type().kind());
                return false;
            }
            if (mapping.basic() && !existing.basic()) {
                table.columns.set(table.columns.indexOf(current), column);
                mappings.put(column.name(), mapping);
            }
            byAttribute(attributePath, column.name());
            return true;
        }
        mappings.put(column.name(), mapping);
        table.columns.add(column);
        byAttribute(attributePath, column.name());
        ctx.source(Ref.column(name(), column.name()), source);
        return true;
    }

    private void byAttribute(String attributePath, String column) {
        if (attributePath != null) {
            columnsByAttribute.putIfAbsent(attributePath, column);
            int dot = attributePath.lastIndexOf('.');
            if (dot >= 0) {
                columnsByAttribute.putIfAbsent(attributePath.substring(dot + 1), column);
            }
        }
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
