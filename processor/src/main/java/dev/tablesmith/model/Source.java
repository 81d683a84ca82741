package dev.tablesmith.model;

/**
 * Where one schema object came from.
 *
 * @param origin the element that declares it (class, field, or the annotation that declares it)
 * @param nameOrigin the annotation value its name was written in, or null when the name was derived
 * @param entity the entity whose table it belongs to (for a column inherited from a
 *     {@code @MappedSuperclass} the origin is the superclass field, the entity the subclass)
 * @param column facts about a column's Java declaration, or null for other objects
 */
public record Source(Origin origin, Origin nameOrigin, String entity, ColumnFacts column) {
    public boolean nameExplicit() {
        return nameOrigin != null;
    }

    /** Best place to report a problem with the name: the string, else the declaring element. */
    public Origin nameOrOrigin() {
        return nameOrigin != null ? nameOrigin : origin;
    }
}
