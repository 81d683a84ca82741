/**
 * Annotations Tablesmith reads at compile time, next to Jakarta Persistence, for the parts of a
 * schema that JPA cannot express. They have no runtime behaviour and no dependencies; they are
 * retained at runtime only so that tools which read compiled classes (and Tablesmith itself, when
 * an entity is loaded from the class path during an incremental build) see them.
 *
 * <p>Where Hibernate ORM has an annotation for the same purpose ({@code @Comment}, {@code @Check},
 * {@code @ColumnDefault}, {@code @OnDelete}), Tablesmith honours that one too, so either can be used.
 */
package dev.tablesmith.annotations;
