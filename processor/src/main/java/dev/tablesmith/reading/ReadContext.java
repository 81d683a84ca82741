package dev.tablesmith.reading;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.SourceMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** State shared by the reader's parts while one model is read. */
final class ReadContext {
    final Elements elements;
    final Types types;
    final Naming naming;
    final TypeMapper typeMapper;
    final ElementRegistry registry;
    final Map<Ref, Source> sources = new LinkedHashMap<>();
    final List<SourceMap.UnresolvedRelation> unresolved = new ArrayList<>();
    final List<Finding> problems = new ArrayList<>();
    /** Tables and columns whose comment could not be read (see {@link #comment}). */
    final Set<Ref> unreadComments = new LinkedHashSet<>();
    private final Predicate<String> compiledFromSource;

    /**
     * @param compiledFromSource whether a top-level type (qualified name) is compiled from source in
     *     this compilation; the others come from class files, which keep no Javadoc
     */
    ReadContext(ProcessingEnvironment env, Naming naming, ElementRegistry registry,
            Predicate<String> compiledFromSource) {
        this.compiledFromSource = compiledFromSource;
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        this.naming = naming;
        this.typeMapper = new TypeMapper(elements, types);
        this.registry = registry;
    }

    Optional<Ann> find(Element element, String annotation) {
        return Ann.find(element, annotation, elements);
    }

    List<Ann> findAll(Element element, String annotation, String container) {
        return Ann.findAll(element, annotation, container, elements);
    }

    Origin origin(Element element) {
        registry.register(element);
        return Origin.element(ElementKeys.key(element));
    }

    /** A finding of a rule made while reading, where only the reader knows the Java side (a primitive field). */
    void finding(Finding finding) {
        problems.add(finding);
    }

    void problem(MappingMessages message, Origin origin, String entity, Object... args) {
        problems.add(Finding.of(message, origin, entity, args));
    }

    /**
     * The comment of the table or column {@code ref} declared by {@code element}: {@code @Comment},
     * else the Javadoc's first sentence. A class read from its class file (an incremental build
     * that did not recompile it) has no Javadoc: when it has no {@code @Comment} either, the
     * comment is unknown, and {@code ref} is recorded so the snapshot's comment is kept instead of
     * being dropped (see {@link UnreadComments}).
     */
    Optional<String> comment(Element element, Ref ref) {
        Optional<String> annotated = Comments.annotated(element, elements);
        if (annotated.isPresent()) {
            return annotated;
        }
        String javadoc = elements.getDocComment(element);
        if (javadoc == null && !compiledFromSource.test(outermostType(element))) {
            unreadComments.add(ref);
        }
        return Comments.firstSentence(javadoc);
    }

    private static String outermostType(Element element) {
        String name = "";
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement type) {
                name = type.getQualifiedName().toString();
            }
        }
        return name;
    }

    void source(Ref ref, Source source) {
        sources.putIfAbsent(ref, source);
    }
}
