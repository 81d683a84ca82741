package dev.tablesmith.reading;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether an entity mentions a type javac could not resolve (a missing import, a class another
 * processor has yet to generate): in its superclasses, field types, type arguments or annotation
 * values, also in its {@code @MappedSuperclass}es and {@code @Embeddable}s. Such an entity is
 * deferred to the next round; reading it now would produce bogus findings on top of javac's own
 * error.
 */
public final class MissingTypes {
    private final UnresolvedAnnotations unresolvedAnnotations;

    public MissingTypes(ProcessingEnvironment env) {
        this.unresolvedAnnotations = UnresolvedAnnotations.of(env);
    }

    public boolean in(TypeElement type) {
        return in(type, new HashSet<>());
    }

    private boolean in(TypeElement type, Set<String> visited) {
        if (!visited.add(type.getQualifiedName().toString())) {
            return false;
        }
        if (isMissing(type.getSuperclass()) || annotationsMissing(type)) {
            return true;
        }
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() == TypeKind.DECLARED
                && in((TypeElement) ((DeclaredType) superclass).asElement(), visited)) {
            return true;
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.FIELD) {
                continue;
            }
            if (isMissing(member.asType()) || annotationsMissing(member) || embeddablesMissing(member.asType(), visited)) {
                return true;
            }
        }
        return false;
    }

    /** An {@code @Embeddable} used as the field's type or type argument is read with the entity. */
    private boolean embeddablesMissing(TypeMirror type, Set<String> visited) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (Ann.has(element, Names.EMBEDDABLE) && in(element, visited)) {
            return true;
        }
        for (TypeMirror arg : declared.getTypeArguments()) {
            if (embeddablesMissing(arg, visited)) {
                return true;
            }
        }
        return false;
    }

    static boolean isMissing(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return isMissing(((javax.lang.model.type.ArrayType) type).getComponentType());
        }
        if (type.getKind() == TypeKind.DECLARED) {
            for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
                if (isMissing(arg)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean annotationsMissing(Element element) {
        if (unresolvedAnnotations.on(element)) {
            return true;
        }
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (isMissing(m.getAnnotationType()) || valuesMissing(m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean valuesMissing(AnnotationMirror m) {
        for (AnnotationValue v : m.getElementValues().values()) {
            if (valueMissing(v.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean valueMissing(Object value) {
        if (value instanceof TypeMirror t) {
            return isMissing(t);
        }
        if (value instanceof AnnotationMirror nested) {
            return valuesMissing(nested);
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof AnnotationValue av && valueMissing(av.getValue())) {
                    return true;
                }
            }
        }
        // javac represents an unresolvable constant as the string "<error>"
        return "<error>".equals(value);
    }
}
