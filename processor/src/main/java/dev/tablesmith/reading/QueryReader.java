package dev.tablesmith.reading;

import dev.tablesmith.model.Origin;
import dev.tablesmith.queries.EntityMapping;
import dev.tablesmith.queries.QuerySource;
import dev.tablesmith.queries.QuerySource.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the queries the sources declare, by annotation name (no JPA or Spring classes needed):
 * {@code @NamedNativeQuery} and {@code @NamedQuery} (also inside their containers) on any type,
 * Spring Data's {@code @Query} on repository methods, and Tablesmith's {@code @Sql} on String
 * constants (their folded value) and methods (its value). For a repository method it records the
 * entity a returned collection holds, for the N+1 rule, and the repository's entity, for
 * {@code #{#entityName}}.
 */
public final class QueryReader {
    static final String NAMED_NATIVE_QUERY = "jakarta.persistence.NamedNativeQuery";
    static final String NAMED_NATIVE_QUERIES = "jakarta.persistence.NamedNativeQueries";
    static final String NAMED_QUERY = "jakarta.persistence.NamedQuery";
    static final String NAMED_QUERIES = "jakarta.persistence.NamedQueries";
    static final String SPRING_QUERY = "org.springframework.data.jpa.repository.Query";
    static final String SQL = "dev.tablesmith.annotations.Sql";

    /** The annotations that make a type hold queries; the processor looks for types carrying them. */
    public static final List<String> ANNOTATIONS = List.of(NAMED_NATIVE_QUERY, NAMED_NATIVE_QUERIES, NAMED_QUERY,
            NAMED_QUERIES, SPRING_QUERY, SQL);

    private static final Set<String> COLLECTIONS = Set.of("java.lang.Iterable", "java.util.stream.Stream",
            "org.springframework.data.domain.Slice", "org.springframework.data.util.Streamable");

    private final Elements elements;
    private final Types types;
    private final ElementRegistry registry;

    public QueryReader(Elements elements, Types types, ElementRegistry registry) {
        this.elements = elements;
        this.types = types;
        this.registry = registry;
    }

    /** The queries of these top-level types and the types nested in them, in a stable order. */
    public List<QuerySource> read(Iterable<TypeElement> holders, List<EntityMapping> entities) {
        Set<String> entityClasses = entities.stream().map(EntityMapping::className).collect(Collectors.toSet());
        List<QuerySource> out = new ArrayList<>();
        for (TypeElement holder : holders) {
            readType(holder, holder.getQualifiedName().toString(), entityClasses, out);
        }
        out.sort(Comparator.comparing((QuerySource q) -> q.owner()).thenComparing(QuerySource::name)
                .thenComparing(q -> q.origin().toString()));
        return out;
    }

    private void readType(TypeElement type, String owner, Set<String> entities, List<QuerySource> out) {
        String simple = type.getSimpleName().toString();
        String domain = entities.contains(type.getQualifiedName().toString()) ? type.getQualifiedName().toString()
                : repositoryEntity(type.asType(), entities, 0).orElse(null);
        for (Ann q : Ann.findAll(type, NAMED_NATIVE_QUERY, NAMED_NATIVE_QUERIES, elements)) {
            registry.register(type);
            out.add(new QuerySource(q.string("name"), Kind.NATIVE, q.string("query"), q.origin("query"), owner, null,
                    domain, null));
        }
        for (Ann q : Ann.findAll(type, NAMED_QUERY, NAMED_QUERIES, elements)) {
            registry.register(type);
            out.add(new QuerySource(q.string("name"), Kind.JPQL, q.string("query"), q.origin("query"), owner, null,
                    domain, null));
        }
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof TypeElement nested) {
                readType(nested, owner, entities, out);
                continue;
            }
            Optional<Ann> spring = Ann.find(member, SPRING_QUERY, elements);
            if (spring.isPresent() && member instanceof ExecutableElement method) {
                registry.register(member);
                String name = simple + "." + method.getSimpleName() + "()";
                Kind kind = spring.get().bool("nativeQuery") ? Kind.NATIVE : Kind.JPQL;
                out.add(new QuerySource(name, kind, spring.get().string("value"), spring.get().origin("value"), owner,
                        collectionOf(method.getReturnType(), entities), domain, null));
            }
            Optional<Ann> sql = Ann.find(member, SQL, elements);
            if (sql.isPresent()) {
                registry.register(member);
                out.add(sql(member, sql.get(), simple, owner, domain));
            }
        }
    }

    private QuerySource sql(Element member, Ann sql, String simple, String owner, String domain) {
        boolean method = member.getKind() == ElementKind.METHOD;
        String name = simple + "." + member.getSimpleName() + (method ? "()" : "");
        if (!sql.string("value").isBlank()) {
            return new QuerySource(name, Kind.NATIVE, sql.string("value"), sql.origin("value"), owner, null, domain, null);
        }
        Origin origin = Origin.element(ElementKeys.key(member));
        if (method) {
            return new QuerySource(name, Kind.NATIVE, null, origin, owner, null, domain, "METHOD_WITHOUT_VALUE");
        }
        Object value = ((VariableElement) member).getConstantValue();
        if (value instanceof String text) {
            return new QuerySource(name, Kind.NATIVE, text, origin, owner, null, domain, null);
        }
        return new QuerySource(name, Kind.NATIVE, null, origin, owner, null, domain, "NOT_A_CONSTANT");
    }

    /** The entity a method's returned collection holds (List, Set, Page, Stream ...), or null. */
    private String collectionOf(TypeMirror returned, Set<String> entities) {
        if (!(returned instanceof DeclaredType declared) || declared.getTypeArguments().size() != 1) {
            return null;
        }
        TypeElement element = (TypeElement) declared.asElement();
        if (!isCollection(element.asType())) {
            return null;
        }
        TypeMirror arg = declared.getTypeArguments().get(0);
        if (arg.getKind() != TypeKind.DECLARED) {
            return null;
        }
        String name = ((TypeElement) ((DeclaredType) arg).asElement()).getQualifiedName().toString();
        return entities.contains(name) ? name : null;
    }

    private boolean isCollection(TypeMirror type) {
        for (String name : COLLECTIONS) {
            TypeElement c = elements.getTypeElement(name);
            if (c != null && types.isAssignable(types.erasure(type), types.erasure(c.asType()))) {
                return true;
            }
        }
        return false;
    }

    /** The entity of a repository ({@code interface OrderRepository extends JpaRepository<Order, Long>}). */
    private Optional<String> repositoryEntity(TypeMirror type, Set<String> entities, int depth) {
        if (depth > 8) {
            return Optional.empty();
        }
        for (TypeMirror parent : types.directSupertypes(type)) {
            if (parent instanceof DeclaredType declared) {
                for (TypeMirror arg : declared.getTypeArguments()) {
                    if (arg instanceof DeclaredType d) {
                        String name = ((TypeElement) d.asElement()).getQualifiedName().toString();
                        if (entities.contains(name)) {
                            return Optional.of(name);
                        }
                    }
                }
                Optional<String> deeper = repositoryEntity(parent, entities, depth + 1);
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }
}
