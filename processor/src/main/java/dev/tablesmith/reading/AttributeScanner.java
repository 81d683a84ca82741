package dev.tablesmith.reading;

import dev.tablesmith.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Lists an entity's persistent attributes in a stable order: fields of {@code @MappedSuperclass}es
 * from the root down, then the entity's own, each in declaration order; embedded values are
 * flattened in place. Field access only: annotations on getters are reported, not guessed at.
 */
final class AttributeScanner {
    private final ReadContext ctx;
    /** Embeddables being expanded now: one met again contains itself. */
    private final java.util.Set<String> expanding = new java.util.HashSet<>();

    AttributeScanner(ReadContext ctx) {
        this.ctx = ctx;
    }

    List<Attribute> scan(TypeElement entity) {
        Map<String, Ann> overrides = new HashMap<>();
        collectOverrides(entity, "", overrides);
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = entity; t != null; t = superclass(t)) {
            if (t != entity && !Ann.has(t, Names.MAPPED_SUPERCLASS)) {
                if (Ann.has(t, Names.ENTITY)) {
                    ctx.problem(MappingMessages.ENTITY_INHERITANCE, ctx.origin(entity),
                            entity.getQualifiedName().toString(), entity.getSimpleName(), t.getSimpleName(),
                            t.getSimpleName());
                }
                continue; // plain superclasses carry no persistent state in JPA
            }
            chain.add(0, t);
        }
        DeclaredType entityType = (DeclaredType) entity.asType();
        List<Attribute> out = new ArrayList<>();
        for (TypeElement t : chain) {
            reportPropertyAccess(t, entity);
            for (Element member : t.getEnclosedElements()) {
                if (member.getKind() == ElementKind.FIELD && isPersistent((VariableElement) member)) {
                    VariableElement field = (VariableElement) member;
                    TypeMirror type = ctx.types.asMemberOf(entityType, field);
                    addAttribute(field, field.getSimpleName().toString(), type, overrides, false, out, entity);
                }
            }
        }
        return out;
    }

    private void addAttribute(VariableElement field, String path, TypeMirror type, Map<String, Ann> overrides,
            boolean inId, List<Attribute> out, TypeElement entity) {
        ctx.registry.register(field);
        TypeElement embeddable = embeddableOf(field, type);
        if (embeddable != null && !isRelationOrCollection(field)) {
            String embeddableName = embeddable.getQualifiedName().toString();
            if (!expanding.add(embeddableName)) {
                ctx.problem(MappingMessages.EMBEDDABLE_CYCLE, ctx.origin(field), entity.getQualifiedName().toString(),
                        embeddable.getSimpleName(), path);
                return;
            }
            try {
                expandEmbeddable(field, path, type, embeddable, overrides, inId, out, entity);
            } finally {
                expanding.remove(embeddableName);
            }
            return;
        }
        boolean id = inId || Ann.has(field, Names.ID);
        out.add(new Attribute(field, path, type, Optional.ofNullable(overrides.get(path)), id));
    }

    private void expandEmbeddable(VariableElement field, String path, TypeMirror type, TypeElement embeddable,
            Map<String, Ann> overrides, boolean inId, List<Attribute> out, TypeElement entity) {
        boolean embeddedId = Ann.has(field, Names.EMBEDDED_ID);
        collectOverrides(field, path + ".", overrides);
        DeclaredType embeddableType = (DeclaredType) type;
        for (Element member : embeddable.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && isPersistent((VariableElement) member)) {
                VariableElement inner = (VariableElement) member;
                TypeMirror innerType = ctx.types.asMemberOf(embeddableType, inner);
                addAttribute(inner, path + "." + inner.getSimpleName(), innerType, overrides,
                        inId || embeddedId, out, entity);
            }
        }
    }

    /** The embeddable class of an {@code @Embedded}/{@code @EmbeddedId} field or one typed with an {@code @Embeddable}. */
    TypeElement embeddableOf(VariableElement field, TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement t = (TypeElement) ((DeclaredType) type).asElement();
        boolean marked = Ann.has(field, Names.EMBEDDED) || Ann.has(field, Names.EMBEDDED_ID);
        return marked || Ann.has(t, Names.EMBEDDABLE) ? t : null;
    }

    private boolean isRelationOrCollection(VariableElement field) {
        return Ann.has(field, Names.ELEMENT_COLLECTION) || Ann.has(field, Names.MANY_TO_ONE)
                || Ann.has(field, Names.ONE_TO_ONE) || Ann.has(field, Names.ONE_TO_MANY)
                || Ann.has(field, Names.MANY_TO_MANY);
    }

    private void collectOverrides(Element element, String prefix, Map<String, Ann> overrides) {
        for (Ann override : ctx.findAll(element, Names.ATTRIBUTE_OVERRIDE, Names.ATTRIBUTE_OVERRIDES)) {
            String key = prefix + override.string("name");
            override.annotation("column").ifPresent(column -> overrides.putIfAbsent(key, column));
        }
    }

    static boolean isPersistent(VariableElement field) {
        return !field.getModifiers().contains(Modifier.STATIC)
                && !field.getModifiers().contains(Modifier.TRANSIENT)
                && !Ann.has(field, Names.TRANSIENT);
    }

    private TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }

    private void reportPropertyAccess(TypeElement type, TypeElement entity) {
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD
                    && (Ann.has(member, Names.ID) || Ann.has(member, Names.EMBEDDED_ID))) {
                ctx.registry.register(member);
                Origin origin = Origin.element(ElementKeys.key(member));
                ctx.problem(MappingMessages.PROPERTY_ACCESS, origin, entity.getQualifiedName().toString());
            }
        }
    }
}
