package dev.tablesmith.queries;

import dev.tablesmith.model.Origin;

/**
 * One query declared in the sources, before it is parsed.
 *
 * @param name how reports and {@code schema.md} name it: a named query's name, {@code
 *     OrderRepository.findRecent()}, {@code OrderHistory.FIRST_PAGE}
 * @param kind native SQL or JPQL
 * @param text the query as written, or null when it could not be read ({@code unreadable} says why)
 * @param origin where to report: the annotation value holding the query, or the constant
 * @param owner the top-level type that declares it ({@code @Allow} on it applies)
 * @param resultEntity the entity class a repository method returns a collection of, or null
 * @param domainEntity the entity class of the repository or entity that declares it, or null
 * @param unreadable why the text could not be read (a constant that is not a compile-time constant), or null
 */
public record QuerySource(String name, Kind kind, String text, Origin origin, String owner, String resultEntity,
        String domainEntity, String unreadable) {

    /** The language a query is written in. */
    public enum Kind {
        /** SQL as the database runs it ({@code @NamedNativeQuery}, {@code @Query(nativeQuery = true)}, {@code @Sql}). */
        NATIVE,
        /** JPQL (or HQL), written with entity and attribute names ({@code @NamedQuery}, {@code @Query}). */
        JPQL
    }

    public boolean readable() {
        return text != null;
    }
}
