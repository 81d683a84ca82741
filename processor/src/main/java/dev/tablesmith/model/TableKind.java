package dev.tablesmith.model;

/** Why a table exists. */
public enum TableKind {
    /** Mapped by an {@code @Entity}. */
    ENTITY,
    /** The join table of a {@code @ManyToMany}. */
    JOIN,
    /** The table of an {@code @ElementCollection}. */
    COLLECTION
}
