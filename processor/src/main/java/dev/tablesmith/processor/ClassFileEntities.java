package dev.tablesmith.processor;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.ProblemIds;
import dev.tablesmith.model.Table;
import dev.tablesmith.snapshot.Snapshot;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Incremental compilation without phantom drops. An IDE, an incremental build or {@code -implicit}
 * compiles only some entity sources; the others are still part of the schema. Every entity the
 * snapshots record ({@link Table#entity()}) that javac did not compile in this run is looked up
 * with {@link Elements#getTypeElement}, which finds it on the class path or in the class output,
 * and read like the others. Only a class that is really gone, or no longer an {@code @Entity},
 * leaves its tables out of the model, so that only then are they dropped.
 */
final class ClassFileEntities {
    private ClassFileEntities() {}

    /** The still existing entities the snapshots know beyond {@code compiled}, by qualified name. */
    static Set<TypeElement> load(Set<TypeElement> compiled, Collection<Snapshot> snapshots, Elements elements) {
        Set<String> known = new TreeSet<>();
        for (Snapshot snapshot : snapshots) {
            for (Table table : snapshot.schema().tables()) {
                if (table.entity() != null && !table.entity().isBlank()) {
                    known.add(table.entity());
                }
                known.addAll(table.subclasses()); // a SINGLE_TABLE hierarchy's other entities
            }
        }
        compiled.forEach(t -> known.remove(t.getQualifiedName().toString()));
        Set<TypeElement> loaded = new LinkedHashSet<>();
        for (String name : known) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null && isEntity(type)) {
                loaded.add(type);
            }
        }
        return loaded;
    }

    /**
     * Drops the findings on entities read from class files: they were reported when those sources
     * were compiled, and an IDE build should not repeat them without a position. Mapping problems
     * stay, since they make the model (and so the migration) wrong.
     */
    static List<Finding> onCompiledSourcesOnly(List<Finding> findings, Set<TypeElement> loaded) {
        if (loaded.isEmpty()) {
            return findings;
        }
        Set<String> names = new TreeSet<>();
        loaded.forEach(t -> names.add(t.getQualifiedName().toString()));
        return findings.stream().filter(f -> f.ruleId().equals(ProblemIds.INVALID_MAPPING)
                || !(f.entity() != null ? names.contains(f.entity()) : names.contains(f.origin().typeName())))
                .toList();
    }

    private static boolean isEntity(TypeElement type) {
        for (AnnotationMirror a : type.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) a.getAnnotationType().asElement();
            if (annotation.getQualifiedName().contentEquals(TablesmithProcessor.ENTITY)) {
                return true;
            }
        }
        return false;
    }
}
