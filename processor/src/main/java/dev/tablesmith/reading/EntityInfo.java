package dev.tablesmith.reading;

import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Origin;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What other entities need to know about one entity before its table is built: its names and
 * key columns (a foreign key copies their names and types).
 *
 * @param entityName the JPA entity name ({@code @Entity(name)} or the simple class name)
 * @param tableNameOrigin the {@code @Table(name)} value, or null when the name is derived
 */
record EntityInfo(TypeElement type, String entityName, String table, Origin origin, Origin tableNameOrigin,
        List<Attribute> attributes, List<KeyColumn> keyColumns) {

    String qualifiedName() {
        return type.getQualifiedName().toString();
    }

    /** A primary-key column as referenced by foreign keys. */
    record KeyColumn(String name, ColumnType type) {}
}
