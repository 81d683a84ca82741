package dev.tablesmith.queries;

import java.util.List;

/**
 * JPQL rewritten as the SQL Hibernate would run, as far as names go: entity names become tables,
 * attribute paths columns, {@code JOIN o.items i} a join on the foreign key, {@code SELECT o} the
 * entity's columns.
 *
 * @param sql the SQL, or null when the JPQL could not be read or translated
 * @param problem why not, or null
 * @param unknownEntities entity names the query uses that no entity has
 * @param unknownAttributes {@code Entity.attribute} paths no attribute has
 * @param rootEntity the class of the first entity in {@code FROM}, or null
 * @param selectsEntity the select list is exactly one entity alias (Hibernate loads entities)
 * @param fetched relation attributes of the root entity joined with {@code JOIN FETCH}
 */
public record JpqlTranslation(String sql, String problem, List<Unknown> unknownEntities,
        List<Unknown> unknownAttributes, String rootEntity, boolean selectsEntity, List<String> fetched) {
    public JpqlTranslation {
        unknownEntities = List.copyOf(unknownEntities);
        unknownAttributes = List.copyOf(unknownAttributes);
        fetched = List.copyOf(fetched);
    }

    /**
     * A name the mapping does not know, with the names it does know there (for a did-you-mean).
     *
     * @param entity the entity the attribute was looked up on, or null for an entity name
     */
    public record Unknown(String name, String entity, List<String> known) {
        public Unknown {
            known = List.copyOf(known);
        }
    }
}
