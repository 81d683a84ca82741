package dev.tablesmith.reading;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Types marked {@code @Entity} that JPA cannot instantiate: records, enums, interfaces and
 * annotation types, inner (non-static), local and anonymous classes, and abstract classes no
 * entity extends (an abstract entity is only an inheritance root). Reported on the type, so a
 * malformed model is a compile error instead of a table nobody can write to, or a crash.
 */
final class EntityShapes {
    private final Set<String> extended = new HashSet<>();

    /** @param entities every entity of the model, to know which abstract ones have a subclass */
    EntityShapes(Collection<TypeElement> entities) {
        for (TypeElement e : entities) {
            for (TypeElement t = superclass(e); t != null; t = superclass(t)) {
                extended.add(t.getQualifiedName().toString());
            }
        }
    }

    /** What is wrong with the type as an entity, or empty. */
    Optional<MappingMessages> problem(TypeElement type) {
        ElementKind kind = type.getKind();
        if (kind == ElementKind.RECORD) {
            return Optional.of(MappingMessages.ENTITY_RECORD);
        }
        if (kind == ElementKind.ENUM || kind == ElementKind.INTERFACE || kind == ElementKind.ANNOTATION_TYPE) {
            return Optional.of(MappingMessages.ENTITY_NOT_A_CLASS);
        }
        NestingKind nesting = type.getNestingKind();
        if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS
                || nesting == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            return Optional.of(MappingMessages.ENTITY_INNER_CLASS);
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT) && !extended.contains(type.getQualifiedName().toString())) {
            return Optional.of(MappingMessages.ENTITY_ABSTRACT);
        }
        return Optional.empty();
    }

    private static TypeElement superclass(TypeElement t) {
        TypeMirror s = t.getSuperclass();
        return s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
    }
}
