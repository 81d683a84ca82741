package dev.tablesmith.model;

/** Why a table exists. */
public enum TableKind {
    /** Mapped by an {@code @Entity} (also a JOINED subclass's table). */
    ENTITY,
    /** The join table of a {@code @ManyToMany} (or of a unidirectional {@code @OneToMany}). */
    JOIN,
    /** The table of an {@code @ElementCollection}. */
    COLLECTION,
    /** An entity's {@code @SecondaryTable}: part of its rows, keyed by the entity's key. */
    SECONDARY,
    /** Hibernate's table of id counters for {@code GenerationType.TABLE} ({@code hibernate_sequences}). */
    GENERATOR
}
