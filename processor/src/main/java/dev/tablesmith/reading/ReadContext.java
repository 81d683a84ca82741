package dev.tablesmith.reading;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.QualifiedNames;
import dev.tablesmith.model.QualifierSupport;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.safety.SqlEngine;
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
    /**
     * Key attributes whose column a {@code @MapsId} relation's join column replaces, as
     * {@code <entity>#<attribute path>} (see {@link KeyColumns}).
     */
    final Set<String> replacedByMapsId = new LinkedHashSet<>();
    /** The type of a {@code @MapsId} join column, from the key attribute it stands for, as {@code <entity>#<column>}. */
    final java.util.Map<String, dev.tablesmith.model.ColumnType> mapsIdTypes = new java.util.HashMap<>();
    private final Predicate<String> compiledFromSource;
    /** How each target dialect reads a table's namespace (dialect id, in option order). */
    private final Map<String, QualifierSupport> qualifiers;
    private final Set<SqlEngine> engines;

    /**
     * @param compiledFromSource whether a top-level type (qualified name) is compiled from source in
     *     this compilation; the others come from class files, which keep no Javadoc
     */
    ReadContext(ProcessingEnvironment env, Naming naming, ElementRegistry registry,
            Predicate<String> compiledFromSource, Map<String, QualifierSupport> qualifiers, Set<SqlEngine> engines) {
        this.compiledFromSource = compiledFromSource;
        this.qualifiers = qualifiers;
        this.engines = Set.copyOf(engines);
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        this.naming = naming;
        this.typeMapper = new TypeMapper(elements, types);
        this.registry = registry;
    }

    /**
     * A column as a generated expression (a check Tablesmith writes) names it: bare, or in standard
     * SQL's double quotes when an engine it writes for reserves the name (a reserved word kept with
     * {@code @Allow}); the MySQL dialect writes those quotes as backticks. Only the target engines
     * count, so a word one other engine reserves does not change a committed expression.
     */
    String columnReference(String column) {
        return engines.stream().anyMatch(e -> e.reserves(column)) ? "\"" + column + "\"" : column;
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

    /** A finding that is printed as a warning and does not stop the build (its message's default severity). */
    void warning(MappingMessages message, Origin origin, String entity, Object... args) {
        if (message.defaultSeverity() != Severity.WARNING) {
            throw new IllegalArgumentException(message + " is not a warning in MappingMessages");
        }
        problems.add(Finding.of(message, origin, entity, args));
    }

    /** A physical table (or sequence) name, refused when it holds a dot (the namespace separator). */
    String tableName(String logical, Origin origin, String entity, String what) {
        String physical = naming.physical(logical);
        if (physical.contains(".")) {
            problem(MappingMessages.DOT_IN_NAME, origin, entity, what, physical);
            return physical.replace('.', '_');
        }
        return physical;
    }

    /**
     * The qualified name of a table or sequence declared by an annotation with {@code schema} and
     * {@code catalog} members ({@code @Table}, {@code @SecondaryTable}, {@code @JoinTable},
     * {@code @CollectionTable}, {@code @SequenceGenerator}, {@code @TableGenerator}): the local
     * name in the namespace that the target dialects read, as Hibernate does on each (see
     * {@link QualifierSupport}). A namespace a dialect cannot hold, or on which the dialects
     * disagree, is reported on the annotation value; one that every dialect ignores is a warning.
     */
    String qualify(Optional<Ann> annotation, String local, String entity) {
        if (annotation.isEmpty()) {
            return local;
        }
        Ann a = annotation.get();
        String schema = a.string("schema").trim();
        String catalog = a.string("catalog").trim();
        if (schema.isEmpty() && catalog.isEmpty()) {
            return local;
        }
        String member = schema.isEmpty() ? "catalog" : "schema";
        String shown = "@" + Ann.simpleName(a.name()) + "(" + member + " = \"" + (schema.isEmpty() ? catalog : schema)
                + "\")";
        Map<String, String> byDialect = new LinkedHashMap<>();
        for (Map.Entry<String, QualifierSupport> d : qualifiers.entrySet()) {
            switch (d.getValue()) {
                case NONE -> {
                    problem(MappingMessages.NAMESPACE_UNSUPPORTED, a.origin(member), entity, shown, d.getKey(), d.getKey());
                    return local;
                }
                case SCHEMA -> byDialect.put(d.getKey(), schema);
                case CATALOG -> byDialect.put(d.getKey(), catalog);
            }
        }
        Set<String> distinct = new LinkedHashSet<>(byDialect.values());
        if (distinct.size() > 1) {
            StringBuilder where = new StringBuilder();
            byDialect.forEach((dialect, ns) -> where.append(where.length() == 0 ? "" : ", ").append(dialect)
                    .append(" reads ").append(qualifiers.get(dialect) == QualifierSupport.SCHEMA ? "schema" : "catalog"));
            StringBuilder puts = new StringBuilder();
            byDialect.forEach((dialect, ns) -> puts.append(puts.length() == 0 ? "" : ", ").append(ns.isEmpty()
                    ? "the default namespace" : "'" + ns + "'").append(" on ").append(dialect));
            problem(MappingMessages.NAMESPACE_DISAGREES, a.origin(member), entity, where, puts);
            return local;
        }
        String namespace = distinct.isEmpty() ? "" : distinct.iterator().next();
        if (namespace.isEmpty()) {
            for (Map.Entry<String, QualifierSupport> d : qualifiers.entrySet()) {
                boolean postgres = d.getValue() == QualifierSupport.SCHEMA;
                String ignored = postgres ? "catalog" : "schema";
                String value = postgres ? catalog : schema;
                if (!value.isEmpty()) {
                    warning(MappingMessages.NAMESPACE_IGNORED, a.origin(ignored), entity, Ann.simpleName(a.name()),
                            ignored, value, d.getKey(), postgres ? "a PostgreSQL catalog is the database itself"
                                    : "MySQL has no schemas; Hibernate names a MySQL database with catalog",
                            postgres ? "schema" : "database", postgres ? "schema with schema = ..."
                                    : "database with catalog = ...");
                }
            }
            return local;
        }
        String physical = tableName(namespace, a.origin(member), entity, member);
        return QualifiedNames.of(physical, local);
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
        // Jakarta Persistence 3.2's comment member (absent, so empty, in 3.1)
        for (String jpa : List.of(Names.TABLE, Names.COLUMN, Names.JOIN_COLUMN)) {
            Optional<String> member = find(element, jpa).map(Jpa32Members::comment);
            if (member.isPresent()) {
                return member;
            }
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
