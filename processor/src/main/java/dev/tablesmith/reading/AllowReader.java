package dev.tablesmith.reading;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.Origin;
import dev.tablesmith.rules.RuleCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Checks every {@code @Allow} on the elements the reader visited: the rule id must exist and the
 * reason must not be empty, because a suppression nobody can explain is a rule turned off silently.
 * Every element an {@code @Allow} there could act on is checked, not only the mapped ones: a
 * misspelt id on a transient field, a method or the package would otherwise go unnoticed.
 */
public final class AllowReader {
    private AllowReader() {}

    /**
     * The elements whose {@code @Allow}s can suppress findings of these entities: those the reader
     * visited with the classes and package enclosing them, and each entity's (and superclass's)
     * members. Registers them, so findings on them get a position.
     */
    public static Iterable<Element> scope(Set<TypeElement> entities, ElementRegistry registry) {
        Set<Element> scope = new LinkedHashSet<>();
        for (Element visited : registry.all()) {
            for (Element e = visited; e != null; e = e.getEnclosingElement()) {
                scope.add(e); // an embeddable's class, outer classes, the package
            }
        }
        for (TypeElement entity : entities) {
            for (Element e = entity; e != null; e = e.getEnclosingElement()) {
                scope.add(e);
            }
            for (TypeElement t = entity; t != null; t = superclassInSource(t)) {
                scope.add(t);
                scope.addAll(t.getEnclosedElements());
            }
        }
        scope.forEach(registry::register);
        return scope;
    }

    private static TypeElement superclassInSource(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        String name = element.getQualifiedName().toString();
        return name.startsWith("java.") || name.startsWith("jakarta.") ? null : element;
    }

    public static List<Finding> check(Iterable<Element> elements, Elements utils) {
        List<Finding> findings = new ArrayList<>();
        for (Element e : elements) {
            for (Ann allow : Ann.findAll(e, Names.ALLOW, Names.ALLOW_LIST, utils)) {
                String id = allow.string("value").trim();
                if (RuleCatalog.byId(id).isEmpty()) {
                    findings.add(finding(MappingMessages.ALLOW_UNKNOWN_RULE, allow.origin("value"), id,
                            String.join(", ", RuleCatalog.ids())));
                }
                if (allow.string("reason").isBlank()) {
                    Origin at = allow.has("reason") ? allow.origin("reason") : allow.origin();
                    findings.add(finding(MappingMessages.ALLOW_NEEDS_REASON, at, id));
                }
            }
        }
        return findings;
    }

    private static Finding finding(MappingMessages message, Origin origin, Object... args) {
        return Finding.of(message, origin, null, args);
    }
}
