package dev.tablesmith.reading;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One persistent attribute of an entity, after flattening {@code @MappedSuperclass}es and
 * embeddables.
 *
 * @param field the annotated member: a field under field access, the getter under property access
 *     (declared in a superclass or embeddable, not necessarily the entity); its annotations map it
 * @param name the attribute's name: the field's, or the getter's without {@code get}/{@code is}
 * @param path dotted attribute path from the entity ({@code address.street}); overrides use it
 * @param type the attribute's type as a member of the entity (type variables resolved)
 * @param columnOverride an {@code @AttributeOverride}'s {@code @Column}, which wins over the field's
 * @param id part of the primary key ({@code @Id}, or inside an {@code @EmbeddedId} or an
 *     {@code @Id} typed with an embeddable)
 */
record Attribute(Element field, String name, String path, TypeMirror type, Optional<Ann> columnOverride, boolean id) {

    /** An attribute named after its member ({@link AttributeScanner#attributeName}). */
    Attribute(Element field, String path, TypeMirror type, Optional<Ann> columnOverride, boolean id) {
        this(field, AttributeScanner.attributeName(field), path, type, columnOverride, id);
    }

    TypeElement declaringType() {
        return (TypeElement) field.getEnclosingElement();
    }

    /** Mapped through its getter (property access). */
    boolean property() {
        return field.getKind() == ElementKind.METHOD;
    }
}
