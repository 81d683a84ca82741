package dev.tablesmith.reading;

import dev.tablesmith.model.Origin;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.rules.Finding;
import dev.tablesmith.rules.ProblemIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
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

    ReadContext(ProcessingEnvironment env, Naming naming, ElementRegistry registry) {
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

    void problem(String message, Origin origin, String entity) {
        problems.add(new Finding(ProblemIds.INVALID_MAPPING, message, origin, entity));
    }

    void source(Ref ref, Source source) {
        sources.putIfAbsent(ref, source);
    }
}
