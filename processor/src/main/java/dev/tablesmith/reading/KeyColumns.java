package dev.tablesmith.reading;

import dev.tablesmith.reading.EntityInfo.KeyColumn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * An entity's primary-key columns (names and types), which foreign keys to it copy: its
 * {@code @Id} attributes and those of its {@code @EmbeddedId}/{@code @IdClass} key, and for
 * derived identity the join columns of the relation that carries the key:
 * <ul>
 *   <li>{@code @Id} on a {@code @ManyToOne}/{@code @OneToOne}: the relation's join columns are key
 *       columns ({@code @IdClass} with several of them: a composite key of foreign keys);</li>
 *   <li>{@code @MapsId} on a relation: its join columns replace the key attribute it names
 *       ({@code @MapsId("orderId")} an attribute of the {@code @EmbeddedId}), or the whole
 *       {@code @Id} when it names none; that attribute gets no column of its own.</li>
 * </ul>
 * A composite key lists its columns in {@link KeyOrder Hibernate's order}.
 */
final class KeyColumns {
    private final ReadContext ctx;
    private final ColumnReader columns;
    private final RelationReader relations;
    private final Function<TypeElement, Optional<EntityInfo>> entities;

    KeyColumns(ReadContext ctx, ColumnReader columns, RelationReader relations,
            Function<TypeElement, Optional<EntityInfo>> entities) {
        this.ctx = ctx;
        this.columns = columns;
        this.relations = relations;
        this.entities = entities;
    }

    /** The key columns of {@code type}, whose attributes are {@code attributes}. */
    List<KeyColumn> of(TypeElement type, List<Attribute> attributes) {
        String entity = type.getQualifiedName().toString();
        List<Attribute> mapsIds = attributes.stream().filter(a -> isToOne(a) && Ann.has(a.field(), Names.MAPS_ID)).toList();
        Set<String> replaced = new LinkedHashSet<>();
        for (Attribute relation : mapsIds) {
            replaced.addAll(replacedBy(entity, relation, attributes));
        }
        replaced.forEach(path -> ctx.replacedByMapsId.add(entity + "#" + path));
        List<KeyColumn> keys = new ArrayList<>();
        for (Attribute a : attributes) {
            if (isToOne(a) && mapsIds.contains(a)) {
                keys.addAll(mapsIdColumns(entity, a, attributes));
            } else if (isToOne(a) && a.id()) {
                keys.addAll(joinColumns(entity, a));
            } else if (a.id() && !isToOne(a) && !replaced.contains(a.path())) {
                TypeMapper.Mapped mapped = columns.mapType(a);
                if (mapped.ok()) {
                    keys.add(new KeyColumn(columns.columnName(a), mapped.type()));
                }
            }
        }
        List<KeyColumn> distinct = keys.stream().distinct().toList();
        return distinct.size() > 1 ? KeyOrder.sort(distinct, KeyColumn::name, KeyColumn::type) : distinct;
    }

    /**
     * The join columns of a {@code @MapsId} relation. Where it stands for one key attribute, the
     * column has that attribute's type, as in Hibernate (the key class defines the key), under the
     * relation's join column name; {@link RelationReader#addToOne} writes it so.
     */
    private List<KeyColumn> mapsIdColumns(String entity, Attribute relation, List<Attribute> attributes) {
        List<KeyColumn> joins = joinColumns(entity, relation);
        List<String> paths = replacedBy(null, relation, attributes);
        if (joins.size() != 1 || paths.size() != 1) {
            return joins;
        }
        Optional<Attribute> replaced = attributes.stream().filter(a -> a.path().equals(paths.get(0))).findFirst();
        TypeMapper.Mapped mapped = replaced.map(columns::mapType).orElse(null);
        if (mapped == null || !mapped.ok()) {
            return joins;
        }
        ctx.mapsIdTypes.put(entity + "#" + joins.get(0).name(), mapped.type());
        return List.of(new KeyColumn(joins.get(0).name(), mapped.type()));
    }

    /** The paths of the key attributes a {@code @MapsId} relation stands for; problems reported when {@code entity} is given. */
    private List<String> replacedBy(String entity, Attribute relation, List<Attribute> attributes) {
        Ann mapsId = ctx.find(relation.field(), Names.MAPS_ID).orElseThrow();
        String value = mapsId.string("value").trim();
        List<Attribute> ids = attributes.stream().filter(a -> a.id() && !isToOne(a)).toList();
        if (ids.isEmpty()) {
            if (entity == null) {
                return List.of();
            }
            ctx.problem(MappingMessages.MAPS_ID_WITHOUT_ID, mapsId.origin(), entity,
                    relation.declaringType().getSimpleName());
            return List.of();
        }
        if (value.isEmpty()) {
            return ids.stream().map(Attribute::path).toList();
        }
        // attributes of the embedded id are id.<attribute>[.<nested>]
        List<String> matched = ids.stream().map(Attribute::path)
                .filter(p -> p.contains(".") && (afterFirstDot(p).equals(value) || afterFirstDot(p).startsWith(value + ".")))
                .toList();
        if (matched.isEmpty() && entity != null) {
            ctx.problem(MappingMessages.MAPS_ID_UNKNOWN, mapsId.origin("value"), entity, value,
                    String.join(", ", ids.stream().map(a -> afterFirstDot(a.path())).distinct().toList()));
        }
        return matched;
    }

    private static String afterFirstDot(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The key columns a derived-identity relation contributes: its join columns, typed as the target's key. */
    private List<KeyColumn> joinColumns(String entity, Attribute a) {
        Ann relation = ctx.find(a.field(), Names.MANY_TO_ONE).or(() -> ctx.find(a.field(), Names.ONE_TO_ONE)).orElseThrow();
        TypeMirror targetType = relation.type("targetEntity");
        if (targetType == null || targetType.getKind() != TypeKind.DECLARED
                || ((TypeElement) ((DeclaredType) targetType).asElement()).getQualifiedName().contentEquals("void")) {
            targetType = a.type();
        }
        if (targetType.getKind() != TypeKind.DECLARED) {
            return List.of();
        }
        Optional<EntityInfo> target = entities.apply((TypeElement) ((DeclaredType) targetType).asElement());
        if (target.isEmpty() || target.get().keyColumns().isEmpty()) {
            return List.of(); // the relation itself reports it
        }
        return relations.resolveJoinColumns(entity, a, target.get(), relations.joinColumns(a.field()), a.name(), false)
                .map(list -> list.stream().map(jc -> new KeyColumn(jc.name(), jc.type())).toList())
                .orElse(List.of());
    }

    private static boolean isToOne(Attribute a) {
        return Ann.has(a.field(), Names.MANY_TO_ONE) || Ann.has(a.field(), Names.ONE_TO_ONE);
    }
}
