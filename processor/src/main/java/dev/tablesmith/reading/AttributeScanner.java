package dev.tablesmith.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Lists an entity's persistent attributes in a stable order: those of its entity and
 * {@code @MappedSuperclass} superclasses from the root down, then its own, each class in
 * declaration order; embedded values are flattened in place.
 *
 * <p>Access follows JPA 3.2 (section 2.3): the placement of the hierarchy's {@code @Id} or
 * {@code @EmbeddedId} (on a field or a getter) decides the default access of every class in it;
 * {@code @Access} on a class overrides it for that class, and {@code @Access} on a field or getter
 * adds that one member with the other access (replacing a default attribute of the same name). Under
 * property access the attributes are the getters ({@code getFoo}/{@code isFoo} name {@code foo});
 * setters play no part. An embeddable takes the access of the class it is embedded in unless it
 * says otherwise. Mapping annotations on a member the access ignores are reported as a warning,
 * since JPA ignores them too.
 */
final class AttributeScanner {
    enum Access { FIELD, PROPERTY }

    private final ReadContext ctx;
    /** Embeddables being expanded now: one met again contains itself. */
    private final java.util.Set<String> expanding = new java.util.HashSet<>();
    /** The entity being scanned, which a finding names. */
    private String entityName = "";

    AttributeScanner(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** Every attribute of the entity, inherited ones first (see {@link Attribute#declaringType}). */
    List<Attribute> scan(TypeElement entity) {
        entityName = entity.getQualifiedName().toString();
        Map<String, Ann> overrides = new HashMap<>();
        collectOverrides(entity, "", overrides);
        List<TypeElement> chain = persistentChain(entity);
        Access defaultAccess = hierarchyAccess(chain);
        DeclaredType entityType = (DeclaredType) entity.asType();
        List<Attribute> out = new ArrayList<>();
        for (TypeElement t : chain) {
            Access access = classAccess(t, defaultAccess);
            for (Element member : members(t, access, entity)) {
                addAttribute(member, attributeName(member), memberType(entityType, member), overrides, false, out,
                        access);
            }
        }
        return out;
    }

    /**
     * The entity and its {@code @Entity}/{@code @MappedSuperclass} superclasses, root first. Other
     * superclasses carry no persistent state in JPA and are skipped.
     */
    List<TypeElement> persistentChain(TypeElement entity) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = entity; t != null; t = superclass(t)) {
            if (t == entity || Ann.has(t, Names.MAPPED_SUPERCLASS) || Ann.has(t, Names.ENTITY)) {
                chain.add(0, t);
            }
        }
        return chain;
    }

    /**
     * The attributes of an embeddable value as a collection table's columns: paths start at the
     * embeddable's attributes ({@code street}, not {@code address.street}).
     *
     * @param containerAccess the access of the class holding the collection
     */
    List<Attribute> embeddableAttributes(TypeElement embeddable, DeclaredType embeddableType, Access containerAccess) {
        Access access = classAccess(embeddable, containerAccess);
        List<Attribute> out = new ArrayList<>();
        Map<String, Ann> overrides = new HashMap<>();
        for (Element member : members(embeddable, access, null)) {
            addAttribute(member, attributeName(member), memberType(embeddableType, member), overrides, false, out,
                    access);
        }
        return out;
    }

    /** The access of the class declaring {@code member} in {@code entity}'s hierarchy. */
    Access accessOf(TypeElement entity, Element member) {
        TypeElement declaring = (TypeElement) member.getEnclosingElement();
        if (Ann.has(declaring, Names.EMBEDDABLE)) {
            return member.getKind() == ElementKind.METHOD ? Access.PROPERTY : Access.FIELD;
        }
        return classAccess(declaring, hierarchyAccess(persistentChain(entity)));
    }

    private void addAttribute(Element member, String name, TypeMirror type, Map<String, Ann> overrides,
            boolean inId, List<Attribute> out, Access access) {
        addAttribute(member, name, name, type, overrides, inId, out, access);
    }

    private void addAttribute(Element member, String name, String path, TypeMirror type, Map<String, Ann> overrides,
            boolean inId, List<Attribute> out, Access access) {
        ctx.registry.register(member);
        boolean embeddedId = Ann.has(member, Names.EMBEDDED_ID);
        TypeElement embeddable = embeddableOf(member, type);
        if (embeddable != null && !isRelationOrCollection(member)) {
            String embeddableName = embeddable.getQualifiedName().toString();
            if (!expanding.add(embeddableName)) {
                ctx.problem(MappingMessages.EMBEDDABLE_CYCLE, ctx.origin(member), entityName,
                        embeddable.getSimpleName(), path);
                return;
            }
            try {
                expandEmbeddable(member, path, type, embeddable, overrides, inId || embeddedId, out, access);
            } finally {
                expanding.remove(embeddableName);
            }
            return;
        }
        boolean id = inId || Ann.has(member, Names.ID);
        out.add(new Attribute(member, name, path, type, Optional.ofNullable(overrides.get(path)), id));
    }

    private void expandEmbeddable(Element member, String path, TypeMirror type, TypeElement embeddable,
            Map<String, Ann> overrides, boolean inId, List<Attribute> out, Access access) {
        {
            collectOverrides(member, path + ".", overrides);
            // JPA's composite key without @EmbeddedId: an @Id typed with an @Embeddable
            boolean key = inId || Ann.has(member, Names.ID);
            DeclaredType embeddableType = (DeclaredType) type;
            Access inner = classAccess(embeddable, access);
            for (Element innerMember : members(embeddable, inner, null)) {
                String innerName = attributeName(innerMember);
                addAttribute(innerMember, innerName, path + "." + innerName, memberType(embeddableType, innerMember),
                        overrides, key, out, inner);
            }
        }
    }

    /** The embeddable class of an {@code @Embedded}/{@code @EmbeddedId} member or one typed with an {@code @Embeddable}. */
    TypeElement embeddableOf(Element member, TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement t = (TypeElement) ((DeclaredType) type).asElement();
        boolean marked = Ann.has(member, Names.EMBEDDED) || Ann.has(member, Names.EMBEDDED_ID);
        return marked || Ann.has(t, Names.EMBEDDABLE) ? t : null;
    }

    private boolean isRelationOrCollection(Element member) {
        return Ann.has(member, Names.ELEMENT_COLLECTION) || Ann.has(member, Names.MANY_TO_ONE)
                || Ann.has(member, Names.ONE_TO_ONE) || Ann.has(member, Names.ONE_TO_MANY)
                || Ann.has(member, Names.MANY_TO_MANY);
    }

    private void collectOverrides(Element element, String prefix, Map<String, Ann> overrides) {
        for (Ann override : ctx.findAll(element, Names.ATTRIBUTE_OVERRIDE, Names.ATTRIBUTE_OVERRIDES)) {
            String key = prefix + override.string("name");
            override.annotation("column").ifPresent(column -> overrides.putIfAbsent(key, column));
        }
    }

    /**
     * The persistent members of one class under its access, in declaration order: the default ones,
     * with the members that name the other access explicitly ({@code @Access} on the member) in
     * place of a default attribute of the same name, or after them.
     *
     * @param entity the entity being read, to report ignored annotations against; null for none
     */
    private List<Element> members(TypeElement type, Access access, TypeElement entity) {
        Map<String, Element> byName = new LinkedHashMap<>();
        List<Element> explicit = new ArrayList<>();
        for (Element member : type.getEnclosedElements()) {
            boolean field = member.getKind() == ElementKind.FIELD;
            boolean getter = member.getKind() == ElementKind.METHOD && isGetter((ExecutableElement) member);
            if (!field && !getter) {
                continue;
            }
            String explicitAccess = ctx.find(member, Names.ACCESS).map(a -> a.enumName("value")).orElse("");
            boolean persistent = field ? isPersistent(member) : !Ann.has(member, Names.TRANSIENT);
            if (!persistent) {
                continue;
            }
            Access own = field ? Access.FIELD : Access.PROPERTY;
            if (explicitAccess.equals(own.name()) && own != access) {
                explicit.add(member);
            } else if (own == access) {
                byName.put(attributeName(member), member);
            } else if (entity != null && hasMappingAnnotation(member)) {
                warnIgnored(member, access, entity);
            }
        }
        for (Element member : explicit) {
            byName.put(attributeName(member), member); // replaces the default attribute of that name
        }
        return List.copyOf(byName.values());
    }

    /** JPA's default for the hierarchy: where its {@code @Id} is, else the root's {@code @Access}, else fields. */
    private Access hierarchyAccess(List<TypeElement> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            for (Element member : chain.get(i).getEnclosedElements()) {
                boolean key = Ann.has(member, Names.ID) || Ann.has(member, Names.EMBEDDED_ID);
                if (key && member.getKind() == ElementKind.FIELD) {
                    return Access.FIELD;
                }
                if (key && member.getKind() == ElementKind.METHOD) {
                    return Access.PROPERTY;
                }
            }
        }
        return chain.isEmpty() ? Access.FIELD : classAccess(chain.get(0), Access.FIELD);
    }

    private Access classAccess(TypeElement type, Access fallback) {
        String value = ctx.find(type, Names.ACCESS).map(a -> a.enumName("value")).orElse("");
        return value.equals("PROPERTY") ? Access.PROPERTY : value.equals("FIELD") ? Access.FIELD : fallback;
    }

    private void warnIgnored(Element member, Access access, TypeElement entity) {
        String what = member.getKind() == ElementKind.METHOD ? "getter " + member.getSimpleName() + "()"
                : "field " + member.getSimpleName();
        String fix = access == Access.FIELD
                ? "put them on the field, or mark the getter @Access(AccessType.PROPERTY)"
                : "put them on the getter, or mark the field @Access(AccessType.FIELD)";
        ctx.warning(MappingMessages.ACCESS_IGNORED, ctx.origin(member), entity.getQualifiedName().toString(), what,
                access.name().toLowerCase(java.util.Locale.ROOT),
                ((TypeElement) member.getEnclosingElement()).getSimpleName(), fix);
    }

    private static boolean hasMappingAnnotation(Element member) {
        for (AnnotationMirror m : member.getAnnotationMirrors()) {
            String name = Ann.nameOf(m);
            if (name.startsWith("jakarta.persistence.") && !name.equals(Names.ACCESS) && !name.equals(Names.TRANSIENT)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPersistent(Element field) {
        return !field.getModifiers().contains(Modifier.STATIC)
                && !field.getModifiers().contains(Modifier.TRANSIENT)
                && !Ann.has(field, Names.TRANSIENT);
    }

    /** A JavaBeans getter: {@code getX()} returning something, or {@code isX()} returning a boolean. */
    static boolean isGetter(ExecutableElement method) {
        if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()
                || method.getReturnType().getKind() == TypeKind.VOID) {
            return false;
        }
        String name = method.getSimpleName().toString();
        if (name.length() > 3 && name.startsWith("get")) {
            return true;
        }
        TypeMirror returns = method.getReturnType();
        boolean bool = returns.getKind() == TypeKind.BOOLEAN || returns.toString().equals("java.lang.Boolean");
        return bool && name.length() > 2 && name.startsWith("is");
    }

    /** A field's name, or a getter's property name ({@code getURL} is {@code URL}, as JavaBeans says). */
    static String attributeName(Element member) {
        String name = member.getSimpleName().toString();
        if (member.getKind() != ElementKind.METHOD) {
            return name;
        }
        String property = name.startsWith("is") ? name.substring(2) : name.substring(3);
        boolean acronym = property.length() > 1 && Character.isUpperCase(property.charAt(0))
                && Character.isUpperCase(property.charAt(1));
        return acronym ? property : Character.toLowerCase(property.charAt(0)) + property.substring(1);
    }

    private TypeMirror memberType(DeclaredType owner, Element member) {
        TypeMirror type = ctx.types.asMemberOf(owner, member);
        return type instanceof ExecutableType method ? method.getReturnType() : type;
    }

    private TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }
}
