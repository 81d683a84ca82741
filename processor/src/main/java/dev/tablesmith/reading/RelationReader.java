package dev.tablesmith.reading;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnFacts;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.QualifiedNames;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.TableKind;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.reading.EntityInfo.KeyColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Relations to foreign keys: a {@code @ManyToOne}/{@code @OneToOne} becomes join columns on the
 * owner's table, a {@code @ManyToMany} a join table, an {@code @ElementCollection} a collection
 * table. Implicit names follow {@link Naming}, as Hibernate derives them.
 */
final class RelationReader {
    private final ReadContext ctx;
    private final ColumnReader columns;
    private final Function<TypeElement, Optional<EntityInfo>> entities;

    RelationReader(ReadContext ctx, ColumnReader columns, Function<TypeElement, Optional<EntityInfo>> entities) {
        this.ctx = ctx;
        this.columns = columns;
        this.entities = entities;
    }

    /** A {@code @ManyToOne} or owning {@code @OneToOne}: join columns plus a foreign key. */
    void addToOne(TableAssembly t, Attribute a, Ann relation, boolean oneToOne) {
        Origin origin = ctx.origin(a.field());
        if (Ann.has(a.field(), Names.MAPS_ID)) {
            ctx.problem(MappingMessages.MAPS_ID, origin, t.entity);
            return;
        }
        Optional<EntityInfo> target = target(t, a, relation, a.type());
        if (target.isEmpty()) {
            return;
        }
        List<Ann> joinColumns = joinColumns(a.field());
        boolean notNull = !relation.bool("optional") || a.id() || columns.hasNotNull(a.field())
                || joinColumns.stream().anyMatch(jc -> !jc.bool("nullable"));
        List<String> fkColumns = new ArrayList<>();
        List<String> refColumns = new ArrayList<>();
        List<KeyColumn> keys = target.get().keyColumns();
        for (int i = 0; i < keys.size(); i++) {
            KeyColumn key = keys.get(i);
            Optional<Ann> jc = matchJoinColumn(joinColumns, key, i, keys.size());
            if (jc.isPresent() && !jc.get().string("referencedColumnName").isBlank()
                    && keys.stream().noneMatch(k -> k.name().equals(ctx.naming.physical(jc.get().string("referencedColumnName").trim())))) {
                ctx.problem(MappingMessages.REFERENCED_COLUMN, jc.get().origin("referencedColumnName"), t.entity,
                        jc.get().string("referencedColumnName"), target.get().table(),
                        String.join(", ", keys.stream().map(KeyColumn::name).toList()));
                return;
            }
            String explicit = jc.map(j -> j.string("name").trim()).orElse("");
            String name = explicit.isEmpty() ? ctx.naming.physical(a.name() + "_" + key.name()) : ctx.naming.physical(explicit);
            Origin nameOrigin = explicit.isEmpty() ? null : jc.get().origin("name");
            boolean deprecated = Ann.has(a.field(), Names.DEPRECATED);
            Column column = new Column(name, key.type(), deprecated || !notNull, null, Column.Identity.NONE,
                    columns.commentOf(a.field(), Ref.column(t.name(), name)), deprecated);
            ColumnFacts facts = new ColumnFacts(ctx.typeMapper.qualifiedName(a.type()), true, true, null,
                    columns.denormalizedReason(a.field()), true);
            if (!t.addColumn(column, keys.size() == 1 ? a.path() : null, new Source(origin, nameOrigin, t.entity, facts))) {
                return;
            }
            fkColumns.add(name);
            refColumns.add(key.name());
        }
        String fkName = joinColumns.stream().map(jc -> jc.annotation("foreignKey"))
                .flatMap(Optional::stream).map(fk -> fk.string("name").trim()).filter(n -> !n.isEmpty())
                .findFirst().orElse(t.localName() + "_" + String.join("_", fkColumns) + "_fkey");
        Origin fkNameOrigin = joinColumns.stream().map(jc -> jc.annotation("foreignKey")).flatMap(Optional::stream)
                .filter(fk -> !fk.string("name").isBlank()).map(fk -> fk.origin("name")).findFirst().orElse(null);
        if (target.get().referenceable()) { // not a TABLE_PER_CLASS entity with subclasses, as in Hibernate
            t.table.foreignKeys.add(new ForeignKey(fkName, fkColumns, target.get().table(), refColumns,
                    onDelete(a.field()).orElse(ReferentialAction.NO_ACTION)));
            t.source(Ref.object(t.name(), fkName), origin, fkNameOrigin);
        }
        boolean unique = oneToOne || joinColumns.stream().anyMatch(jc -> jc.bool("unique"));
        if (unique) {
            columns.addUnique(t, new UniqueConstraint(t.localName() + "_" + String.join("_", fkColumns) + "_unique", fkColumns),
                    origin);
        }
    }

    /** The join table of an owning {@code @ManyToMany}. */
    Optional<TableAssembly> joinTable(EntityInfo owner, Attribute a, Ann relation) {
        TypeMirror elementType = ctx.typeMapper.elementType(a.type());
        TableAssembly probe = new TableAssembly(ctx, owner.table(), owner.qualifiedName(), owner.origin());
        Optional<EntityInfo> target = target(probe, a, relation, elementType);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<Ann> joinTable = ctx.find(a.field(), Names.JOIN_TABLE);
        String explicit = joinTable.map(j -> j.string("name").trim()).orElse("");
        String name = ctx.qualify(joinTable, ctx.naming.physical(explicit.isEmpty() ? ctx.naming.joinTable(
                QualifiedNames.local(owner.table()), a.name(), QualifiedNames.local(target.get().table())) : explicit),
                owner.qualifiedName());
        Origin origin = ctx.origin(a.field());
        TableAssembly t = new TableAssembly(ctx, name, owner.qualifiedName(), origin);
        t.table.kind = TableKind.JOIN;
        t.table.comment = ctx.comment(a.field(), Ref.table(name)).orElse(null);
        ctx.source(Ref.table(name), new Source(origin, explicit.isEmpty() ? null : joinTable.get().origin("name"),
                owner.qualifiedName(), null));

        String ownerSide = inverseAttributeName(target.get(), a).orElse(owner.entityName());
        List<String> ownerColumns = keyColumns(t, owner, joinTable.map(j -> j.annotations("joinColumns")).orElse(List.of()),
                ownerSide, origin);
        List<String> targetColumns = keyColumns(t, target.get(),
                joinTable.map(j -> j.annotations("inverseJoinColumns")).orElse(List.of()), a.name(), origin);
        if (ownerColumns == null || targetColumns == null) {
            return Optional.empty();
        }
        addForeignKey(t, ownerColumns, owner, onDelete(a.field()).orElse(ReferentialAction.NO_ACTION), origin);
        addForeignKey(t, targetColumns, target.get(), ReferentialAction.NO_ACTION, origin);
        if (isSet(a.type())) {
            List<String> pk = new ArrayList<>(ownerColumns);
            pk.addAll(targetColumns);
            t.table.primaryKey = new PrimaryKey(t.localName() + "_pkey", pk);
        }
        return Optional.of(t);
    }

    /** The table of an {@code @ElementCollection} of basic values or embeddables. */
    Optional<TableAssembly> collectionTable(EntityInfo owner, Attribute a, AttributeScanner scanner) {
        TypeMirror elementType = ctx.typeMapper.elementType(a.type());
        Origin origin = ctx.origin(a.field());
        if (elementType == null || a.type().getKind() == TypeKind.ARRAY) {
            ctx.problem(MappingMessages.ELEMENT_COLLECTION_TYPE, origin, owner.qualifiedName(), a.path());
            return Optional.empty();
        }
        Optional<Ann> collectionTable = ctx.find(a.field(), Names.COLLECTION_TABLE);
        String explicit = collectionTable.map(c -> c.string("name").trim()).orElse("");
        String name = ctx.qualify(collectionTable,
                ctx.naming.physical(explicit.isEmpty() ? owner.entityName() + "_" + a.name() : explicit), owner.qualifiedName());
        TableAssembly t = new TableAssembly(ctx, name, owner.qualifiedName(), origin);
        t.table.kind = TableKind.COLLECTION;
        t.table.comment = ctx.comment(a.field(), Ref.table(name)).orElse(null);
        ctx.source(Ref.table(name), new Source(origin, explicit.isEmpty() ? null : collectionTable.get().origin("name"),
                owner.qualifiedName(), null));

        List<String> ownerColumns = keyColumns(t, owner,
                collectionTable.map(c -> c.annotations("joinColumns")).orElse(List.of()), owner.entityName(), origin);
        if (ownerColumns == null) {
            return Optional.empty();
        }
        List<String> valueColumns = new ArrayList<>();
        TypeElement embeddable = scanner.embeddableOf(a.field(), elementType);
        if (embeddable != null) {
            DeclaredType embeddableType = (DeclaredType) elementType;
            for (Attribute innerAttribute : scanner.embeddableAttributes(embeddable, embeddableType,
                    scanner.accessOf(owner.type(), a.field()))) {
                columns.addBasic(t, innerAttribute).ifPresent(c -> valueColumns.add(c.name()));
            }
        } else {
            Attribute value = new Attribute(a.field(), a.name(), elementType, Optional.empty(), false);
            boolean set = isSet(a.type());
            columns.addBasic(t, value).ifPresent(c -> {
                valueColumns.add(c.name());
                // the field's comment already describes the table; part of a Set's key, so not null
                t.table.columns.set(t.table.columns.indexOf(c), c.withComment(null).withNullable(c.nullable() && !set));
            });
        }
        addForeignKey(t, ownerColumns, owner, onDelete(a.field()).orElse(ReferentialAction.NO_ACTION), origin);
        Optional<Ann> orderColumn = ctx.find(a.field(), Names.ORDER_COLUMN);
        if (orderColumn.isPresent()) {
            String explicitOrder = orderColumn.get().string("name").trim();
            String orderName = ctx.naming.physical(explicitOrder.isEmpty() ? a.name() + "_ORDER" : explicitOrder);
            Column order = Column.of(orderName, dev.tablesmith.model.ColumnType.of(dev.tablesmith.model.ColumnType.Kind.INTEGER), false);
            t.addColumn(order, null, new Source(orderColumn.get().origin(), explicitOrder.isEmpty() ? null
                    : orderColumn.get().origin("name"), owner.qualifiedName(), null));
            List<String> pk = new ArrayList<>(ownerColumns);
            pk.add(orderName);
            t.table.primaryKey = new PrimaryKey(t.localName() + "_pkey", pk);
        } else if (isSet(a.type()) && !valueColumns.isEmpty()) {
            List<String> pk = new ArrayList<>(ownerColumns);
            pk.addAll(valueColumns);
            t.table.primaryKey = new PrimaryKey(t.localName() + "_pkey", pk);
        }
        return Optional.of(t);
    }

    /**
     * Adds the columns that reference an entity's key to a join or collection table: as written in
     * {@code joinColumns}, else {@code <prefix>_<key column>}. Null when they could not be built.
     */
    private List<String> keyColumns(TableAssembly t, EntityInfo referenced, List<Ann> joinColumns, String prefix,
            Origin origin) {
        List<String> names = new ArrayList<>();
        List<KeyColumn> keys = referenced.keyColumns();
        for (int i = 0; i < keys.size(); i++) {
            KeyColumn key = keys.get(i);
            Optional<Ann> jc = matchJoinColumn(joinColumns, key, i, keys.size());
            String explicit = jc.map(j -> j.string("name").trim()).orElse("");
            String name = ctx.naming.physical(explicit.isEmpty() ? prefix + "_" + key.name() : explicit);
            Column column = Column.of(name, key.type(), false);
            ColumnFacts facts = new ColumnFacts(referenced.qualifiedName(), true, true, null, null, true);
            if (!t.addColumn(column, null, new Source(origin, explicit.isEmpty() ? null : jc.get().origin("name"),
                    t.entity, facts))) {
                return null;
            }
            names.add(name);
        }
        return names;
    }

    private void addForeignKey(TableAssembly t, List<String> fkColumns, EntityInfo referenced,
            ReferentialAction onDelete, Origin origin) {
        String name = t.localName() + "_" + String.join("_", fkColumns) + "_fkey";
        t.table.foreignKeys.add(new ForeignKey(name, fkColumns, referenced.table(),
                referenced.keyColumns().stream().map(KeyColumn::name).toList(), onDelete));
        t.source(Ref.object(t.name(), name), origin, null);
    }

    /** The entity a relation points at, or empty after recording why there is none. */
    private Optional<EntityInfo> target(TableAssembly t, Attribute a, Ann relation, TypeMirror declared) {
        TypeMirror targetType = relation.type("targetEntity");
        if (targetType == null || targetType.getKind() != TypeKind.DECLARED
                || ((TypeElement) ((DeclaredType) targetType).asElement()).getQualifiedName().contentEquals("void")) {
            targetType = declared;
        }
        Origin origin = ctx.origin(a.field());
        if (targetType == null || targetType.getKind() != TypeKind.DECLARED) {
            ctx.unresolved.add(new SourceMap.UnresolvedRelation(t.name(), a.path(), String.valueOf(targetType), origin, t.entity));
            return Optional.empty();
        }
        TypeElement targetElement = (TypeElement) ((DeclaredType) targetType).asElement();
        Optional<EntityInfo> info = entities.apply(targetElement);
        if (info.isEmpty()) {
            ctx.unresolved.add(new SourceMap.UnresolvedRelation(t.name(), a.path(),
                    targetElement.getQualifiedName().toString(), origin, t.entity));
            return Optional.empty();
        }
        if (info.get().keyColumns().isEmpty()) {
            ctx.problem(MappingMessages.TARGET_WITHOUT_ID, origin, t.entity, a.path(), targetElement.getSimpleName());
            return Optional.empty();
        }
        return info;
    }

    private List<Ann> joinColumns(Element field) {
        List<Ann> list = new ArrayList<>(ctx.find(field, Names.JOIN_COLUMNS).map(j -> j.annotations("value")).orElse(List.of()));
        ctx.find(field, Names.JOIN_COLUMN).ifPresent(list::add);
        return list;
    }

    /** The join column for one key column: by referencedColumnName, else by position. */
    private Optional<Ann> matchJoinColumn(List<Ann> joinColumns, KeyColumn key, int index, int keyCount) {
        for (Ann jc : joinColumns) {
            String ref = jc.string("referencedColumnName").trim();
            if (!ref.isEmpty() && ctx.naming.physical(ref).equals(key.name())) {
                return Optional.of(jc);
            }
        }
        if (keyCount == 1 && joinColumns.size() == 1) {
            return Optional.of(joinColumns.get(0));
        }
        return index < joinColumns.size() && joinColumns.get(index).string("referencedColumnName").isBlank()
                ? Optional.of(joinColumns.get(index)) : Optional.empty();
    }

    /** The attribute on the target that maps this relation back ({@code mappedBy}), if any. */
    private Optional<String> inverseAttributeName(EntityInfo target, Attribute owning) {
        for (Attribute candidate : target.attributes()) {
            Optional<Ann> m2m = ctx.find(candidate.field(), Names.MANY_TO_MANY);
            if (m2m.isPresent() && m2m.get().string("mappedBy").equals(owning.name())) {
                return Optional.of(candidate.name());
            }
        }
        return Optional.empty();
    }

    Optional<ReferentialAction> onDelete(Element field) {
        Optional<String> action = ctx.find(field, Names.ON_DELETE).map(o -> o.enumName("value"))
                .or(() -> ctx.find(field, Names.H_ON_DELETE).map(o -> o.enumName("action")));
        return action.filter(s -> !s.isEmpty()).map(s -> switch (s) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET_NULL" -> ReferentialAction.SET_NULL;
            case "SET_DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        });
    }

    boolean isSet(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement set = ctx.elements.getTypeElement("java.util.Set");
        return set != null && ctx.types.isAssignable(ctx.types.erasure(type), ctx.types.erasure(set.asType()));
    }
}
