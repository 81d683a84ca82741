package dev.tablesmith.queries;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one entity maps to its table, for JPQL: its names, the column of each attribute path
 * ({@code total}, {@code shippingAddress.city}, {@code user} for a single-column relation), and its
 * relations.
 *
 * @param entityName the JPA entity name ({@code @Entity(name)} or the simple class name)
 * @param className the qualified class name
 * @param columns attribute path to column
 * @param idColumns the primary key columns
 * @param tableColumns every column of the table, in table order ({@code SELECT o} selects them)
 * @param notOneTable why the entity's rows are not one table's (a JOINED subclass, an abstract
 *     TABLE_PER_CLASS class), so a JPQL query over it is not translated; null when they are
 */
public record EntityMapping(String entityName, String className, String table, Map<String, String> columns,
        List<String> idColumns, List<String> tableColumns, List<Relation> relations, String notOneTable) {
    public EntityMapping(String entityName, String className, String table, Map<String, String> columns,
            List<String> idColumns, List<String> tableColumns, List<Relation> relations) {
        this(entityName, className, table, columns, idColumns, tableColumns, relations, null);
    }

    public EntityMapping {
        columns = Map.copyOf(columns);
        tableColumns = List.copyOf(tableColumns);
        idColumns = List.copyOf(idColumns);
        relations = List.copyOf(relations);
    }

    public Optional<Relation> relation(String attribute) {
        return relations.stream().filter(r -> r.attribute().equals(attribute)).findFirst();
    }

    /**
     * A relation attribute.
     *
     * @param target qualified class name of the related entity
     * @param toMany a {@code @OneToMany} or {@code @ManyToMany}
     * @param eager fetched with its owner ({@code @ManyToOne}/{@code @OneToOne} unless {@code fetch = LAZY})
     * @param mappedBy the owning side's attribute, or "" on the owning side
     * @param joinColumns the owner's foreign key columns (owning to-one side), else empty
     */
    public record Relation(String attribute, String target, boolean toMany, boolean eager, String mappedBy,
            List<String> joinColumns) {
        public Relation {
            joinColumns = List.copyOf(joinColumns);
        }
    }
}
