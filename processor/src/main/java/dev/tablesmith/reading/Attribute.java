package dev.tablesmith.reading;

import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One persistent field of an entity, after flattening {@code @MappedSuperclass}es and
 * embeddables.
 *
 * @param field the declared field (in a superclass or embeddable, not necessarily the entity)
 * @param path dotted attribute path from the entity ({@code address.street}); overrides use it
 * @param type the field's type as a member of the entity (type variables resolved)
 * @param columnOverride an {@code @AttributeOverride}'s {@code @Column}, which wins over the field's
 * @param id part of the primary key ({@code @Id}, or inside an {@code @EmbeddedId})
 */
record Attribute(VariableElement field, String path, TypeMirror type, Optional<Ann> columnOverride, boolean id) {

    String name() {
        return field.getSimpleName().toString();
    }

    TypeElement declaringType() {
        return (TypeElement) field.getEnclosingElement();
    }
}
