package dev.tablesmith.reading;

import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Origin;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * What other entities need to know about one entity before its table is built: its names, key
 * columns (a foreign key copies their names and types) and place in its inheritance hierarchy.
 *
 * @param entityName the JPA entity name ({@code @Entity(name)} or the simple class name)
 * @param table the (qualified) table that holds the entity's key: its own, or for a SINGLE_TABLE
 *     subclass its root's; for an abstract TABLE_PER_CLASS entity the name it would have, which
 *     names the hierarchy's sequence
 * @param tableNameOrigin the {@code @Table(name)} value, or null when the name is derived
 * @param attributes every attribute, inherited ones included ({@link Attribute#declaringType})
 * @param hierarchy where the entity sits among the entities it extends and that extend it
 */
record EntityInfo(TypeElement type, String entityName, String table, Origin origin, Origin tableNameOrigin,
        List<Attribute> attributes, List<KeyColumn> keyColumns, Hierarchy hierarchy) {

    String qualifiedName() {
        return type.getQualifiedName().toString();
    }

    /**
     * Whether a foreign key can reference the entity's table. Not so for a TABLE_PER_CLASS entity
     * with subclasses: its rows are spread over several tables, and Hibernate writes no key.
     */
    boolean referenceable() {
        return !(hierarchy.strategy() == Strategy.TABLE_PER_CLASS && !hierarchy.subclasses().isEmpty());
    }

    boolean isAbstract() {
        return type.getModifiers().contains(Modifier.ABSTRACT);
    }

    /** A primary-key column as referenced by foreign keys. */
    record KeyColumn(String name, ColumnType type) {}

    /** JPA's three inheritance strategies; an entity without sub- or superclass entities is a SINGLE_TABLE root. */
    enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    /**
     * @param root the topmost entity (the entity itself for a root)
     * @param parent the nearest entity superclass, or null for the root
     * @param subclasses the entities directly extending it that this compilation knows, by name
     */
    record Hierarchy(Strategy strategy, TypeElement root, TypeElement parent, List<TypeElement> subclasses) {
        boolean isRoot() {
            return parent == null;
        }
    }
}
