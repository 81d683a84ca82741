package dev.tablesmith.reading;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnFacts;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ConventionalNames;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * Relations and collections to tables and foreign keys, as Hibernate 6.6 maps them:
 * <ul>
 *   <li>{@code @ManyToOne} and the owning {@code @OneToOne}: join columns on the owner's table (a
 *       one-to-one's unique), or the primary key itself for derived identity ({@code @Id} on the
 *       relation, {@code @MapsId}); a {@code @OneToOne @PrimaryKeyJoinColumn} shares the key and
 *       has no column nor foreign key;</li>
 *   <li>a unidirectional {@code @OneToMany}: with {@code @JoinColumn}, the foreign key (and an
 *       {@code @OrderColumn}) lives in the target's table; without, a join table whose target
 *       column is unique;</li>
 *   <li>{@code @ManyToMany}: a join table; {@code @ElementCollection}: a collection table of basic
 *       values, enums or embeddables;</li>
 *   <li>the keys of join and collection tables: a {@code Set}'s owner and element, a {@code List}
 *       with {@code @OrderColumn}'s owner and order, a {@code Map}'s owner and map key (none for a
 *       bag), in {@link KeyOrder Hibernate's column order}.</li>
 * </ul>
 * Implicit names follow {@link Naming}. What a relation adds to another entity's table is kept
 * until every table is built ({@link #applyDeferred}), since that table may be read later.
 */
final class RelationReader {
    private final ReadContext ctx;
    private final ColumnReader columns;
    private final Function<TypeElement, Optional<EntityInfo>> entities;
    private final AttributeScanner scanner;
    private final List<Deferred> deferred = new ArrayList<>();

    RelationReader(ReadContext ctx, ColumnReader columns, Function<TypeElement, Optional<EntityInfo>> entities,
            AttributeScanner scanner) {
        this.scanner = scanner;
        this.ctx = ctx;
        this.columns = columns;
        this.entities = entities;
    }

    // ------------------------------------------------------------------ to-one

    /** A {@code @ManyToOne} or owning {@code @OneToOne}: join columns plus a foreign key. */
    void addToOne(TableAssembly t, Attribute a, Ann relation, boolean oneToOne) {
        Origin origin = ctx.origin(a.field());
        boolean mapsId = Ann.has(a.field(), Names.MAPS_ID);
        if (!mapsId && !a.id() && hasPrimaryKeyJoinColumn(a.field())) {
            return; // shares the owner's primary key: Hibernate writes neither a column nor a foreign key
        }
        Optional<EntityInfo> target = target(t.name(), t.entity, a, relation, a.type());
        if (target.isEmpty()) {
            return;
        }
        List<Ann> written = joinColumns(a.field());
        Optional<List<JoinColumn>> resolved = resolveJoinColumns(t.entity, a, target.get(), written,
                a.name(), true);
        if (resolved.isEmpty()) {
            return;
        }
        boolean derived = a.id() || mapsId;
        Optional<String> declaredNotNull = derived ? Optional.empty() : declaredNotNull(a, relation, written);
        boolean deprecated = !derived && columns.deprecated(t, a, declaredNotNull);
        boolean notNull = derived || declaredNotNull.isPresent();
        List<String> fkColumns = new ArrayList<>();
        for (JoinColumn jc : resolved.get()) {
            ColumnType type = mapsId ? ctx.mapsIdTypes.getOrDefault(t.entity + "#" + jc.name(), jc.type()) : jc.type();
            Column column = new Column(jc.name(), type, deprecated || !notNull, null, Column.Identity.NONE,
                    columns.commentOf(a.field(), Ref.column(t.name(), jc.name())), deprecated);
            ColumnFacts facts = new ColumnFacts(ctx.typeMapper.qualifiedName(a.type()), true, true, null,
                    columns.denormalizedReason(a.field()), true);
            Source source = new Source(origin, jc.nameOrigin(), t.entity, facts);
            String path = resolved.get().size() == 1 ? a.path() : null;
            if (!t.addColumn(column, path, source, new TableAssembly.Mapping(false, jc.readOnly(), a.path()))) {
                return;
            }
            fkColumns.add(jc.name());
        }
        List<Ann> foreignKeys = new ArrayList<>();
        written.forEach(jc -> jc.annotation("foreignKey").ifPresent(foreignKeys::add));
        ctx.find(a.field(), Names.JOIN_COLUMNS).flatMap(j -> j.annotation("foreignKey")).ifPresent(foreignKeys::add);
        if (target.get().referenceable()) { // not a TABLE_PER_CLASS entity with subclasses, as in Hibernate
            addForeignKey(t, fkColumns, target.get().table(), referenced(resolved.get()),
                    onDelete(a.field()).orElse(ReferentialAction.NO_ACTION), foreignKeys, origin)
                    .ifPresent(fk -> t.foreignKeysByAttribute.put(a.path(), fk));
        }
        boolean unique = (oneToOne && !derived) || written.stream().anyMatch(jc -> jc.bool("unique"));
        if (unique) {
            columns.addUnique(t, new UniqueConstraint(ConventionalNames.unique(t.localName(), fkColumns), fkColumns), origin);
        }
    }

    /** What declares a relation's join columns NOT NULL, as written, if anything does. */
    private Optional<String> declaredNotNull(Attribute a, Ann relation, List<Ann> joinColumns) {
        if (relation.has("optional") && !relation.bool("optional")) {
            return Optional.of("@" + simple(relation.name()) + "(optional = false)");
        }
        if (joinColumns.stream().anyMatch(jc -> jc.has("nullable") && !jc.bool("nullable"))) {
            return Optional.of("@JoinColumn(nullable = false)");
        }
        return columns.declaredNotNull(a.field(), Optional.empty());
    }

    private static boolean hasPrimaryKeyJoinColumn(Element field) {
        return Ann.has(field, Names.PRIMARY_KEY_JOIN_COLUMN) || Ann.has(field, Names.PRIMARY_KEY_JOIN_COLUMNS);
    }

    // ------------------------------------------------------------------ one-to-many

    /**
     * A {@code @OneToMany}. Inverse ({@code mappedBy}): only its {@code @OrderColumn} and
     * {@code @OnDelete}, which go to the target's table. Owning with {@code @JoinColumn}: the foreign
     * key in the target's table. Owning without: a join table, returned.
     */
    Optional<TableAssembly> oneToMany(EntityInfo owner, Attribute a, Ann relation) {
        Origin origin = ctx.origin(a.field());
        TypeMirror elementType = collectionElement(a.type());
        Optional<EntityInfo> target = target(owner.table(), owner.qualifiedName(), a, relation, elementType);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String mappedBy = relation.string("mappedBy").trim();
        if (!mappedBy.isEmpty()) {
            Optional<Attribute> inverse = target.get().attributes().stream()
                    .filter(t -> t.name().equals(mappedBy) && (Ann.has(t.field(), Names.MANY_TO_ONE)
                            || Ann.has(t.field(), Names.ONE_TO_ONE)))
                    .findFirst();
            if (inverse.isEmpty()) {
                ctx.problem(MappingMessages.MAPPED_BY_UNKNOWN, relation.origin("mappedBy"), owner.qualifiedName(),
                        mappedBy, target.get().type().getSimpleName(), owner.type().getSimpleName());
                return Optional.empty();
            }
            Deferred d = new Deferred(target.get().table(), owner.qualifiedName(), origin);
            orderColumn(a, owner).ifPresent(d.columns::add);
            d.onDeleteOf = inverse.get().path();
            d.onDelete = onDelete(a.field()).orElse(null);
            deferred.add(d);
            return Optional.empty();
        }
        List<Ann> written = joinColumns(a.field());
        if (written.isEmpty()) {
            return joinTable(owner, a, relation, true);
        }
        if (ctx.typeMapper.isMap(a.type()) && !Ann.has(a.field(), Names.MAP_KEY)) {
            ctx.problem(MappingMessages.ONE_TO_MANY_MAP_JOIN_COLUMN, origin, owner.qualifiedName());
            return Optional.empty();
        }
        // the foreign key lives in the target's table, referencing the owner
        Optional<List<JoinColumn>> resolved = resolveJoinColumns(owner.qualifiedName(), a, owner, written, a.name(),
                true);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        boolean notNull = written.stream().anyMatch(jc -> jc.has("nullable") && !jc.bool("nullable"));
        Deferred d = new Deferred(target.get().table(), owner.qualifiedName(), origin);
        for (JoinColumn jc : resolved.get()) {
            Column column = Column.of(jc.name(), jc.type(), !notNull);
            ColumnFacts facts = new ColumnFacts(owner.qualifiedName(), true, true, null, null, true);
            d.columns.add(new DeferredColumn(column, new Source(origin, jc.nameOrigin(), owner.qualifiedName(), facts),
                    jc.readOnly()));
        }
        orderColumn(a, owner).ifPresent(d.columns::add);
        List<Ann> foreignKeys = new ArrayList<>();
        written.forEach(jc -> jc.annotation("foreignKey").ifPresent(foreignKeys::add));
        d.foreignKey = new DeferredKey(resolved.get().stream().map(JoinColumn::name).toList(), owner.table(),
                referenced(resolved.get()), onDelete(a.field()).orElse(ReferentialAction.NO_ACTION), foreignKeys);
        deferred.add(d);
        return Optional.empty();
    }

    /** The nullable order column a one-to-many keeps in the target's table. */
    private Optional<DeferredColumn> orderColumn(Attribute a, EntityInfo owner) {
        return ctx.find(a.field(), Names.ORDER_COLUMN).map(oc -> {
            String explicit = oc.string("name").trim();
            String name = ctx.naming.physical(explicit.isEmpty() ? a.name() + "_ORDER" : explicit);
            Source source = new Source(oc.origin(), explicit.isEmpty() ? null : oc.origin("name"),
                    owner.qualifiedName(), null);
            return new DeferredColumn(Column.of(name, ColumnType.of(ColumnType.Kind.INTEGER), true), source, false);
        });
    }

    // ------------------------------------------------------------------ join tables

    /** The join table of an owning {@code @ManyToMany}, or of a {@code @OneToMany} without join column. */
    Optional<TableAssembly> joinTable(EntityInfo owner, Attribute a, Ann relation, boolean oneToMany) {
        TypeMirror elementType = collectionElement(a.type());
        Optional<EntityInfo> target = target(owner.table(), owner.qualifiedName(), a, relation, elementType);
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

        String ownerSide = oneToMany ? owner.entityName() : inverseAttributeName(target.get(), a).orElse(owner.entityName());
        List<String> ownerColumns = referencingColumns(t, owner,
                joinTable.map(j -> j.annotations("joinColumns")).orElse(List.of()), ownerSide, origin);
        List<String> targetColumns = referencingColumns(t, target.get(),
                joinTable.map(j -> j.annotations("inverseJoinColumns")).orElse(List.of()), a.name(), origin);
        if (ownerColumns == null || targetColumns == null) {
            return Optional.empty();
        }
        addForeignKey(t, ownerColumns, owner.table(), keyNames(owner), onDelete(a.field()).orElse(ReferentialAction.NO_ACTION),
                joinTable.flatMap(j -> j.annotation("foreignKey")).stream().toList(), origin);
        addForeignKey(t, targetColumns, target.get().table(), keyNames(target.get()), ReferentialAction.NO_ACTION,
                joinTable.flatMap(j -> j.annotation("inverseForeignKey")).stream().toList(), origin);
        if (oneToMany) {
            // each target belongs to one owner at most
            columns.addUnique(t, new UniqueConstraint(ConventionalNames.unique(t.localName(), targetColumns), targetColumns),
                    origin);
        }
        List<String> key = collectionKey(t, owner, a, ownerColumns, targetColumns, true);
        if (key == null) {
            return Optional.empty();
        }
        if (!key.isEmpty()) {
            t.table.primaryKey = new PrimaryKey(ConventionalNames.primaryKey(t.localName()), key);
        }
        return Optional.of(t);
    }

    /**
     * The primary key of a join or collection table, as Hibernate makes it: a map's owner and key
     * (none for {@code @MapKey}, whose key is an attribute of the value: then owner and value), a
     * list with {@code @OrderColumn}'s owner and order, a set's owner and element; a bag has none.
     * Adds the map key or order column. Null when they could not be added.
     */
    private List<String> collectionKey(TableAssembly t, EntityInfo owner, Attribute a, List<String> ownerColumns,
            List<String> elementColumns, boolean elementsNotNull) {
        List<String> key = new ArrayList<>(ownerColumns);
        Origin origin = ctx.origin(a.field());
        if (ctx.typeMapper.isMap(a.type())) {
            if (Ann.has(a.field(), Names.MAP_KEY)) {
                key.addAll(elementColumns);
            } else {
                List<String> mapKey = mapKeyColumns(t, owner, a, origin);
                if (mapKey == null) {
                    return null;
                }
                key.addAll(mapKey);
            }
        } else if (ctx.find(a.field(), Names.ORDER_COLUMN).isPresent()) {
            Ann oc = ctx.find(a.field(), Names.ORDER_COLUMN).get();
            String explicitOrder = oc.string("name").trim();
            String orderName = ctx.naming.physical(explicitOrder.isEmpty() ? a.name() + "_ORDER" : explicitOrder);
            Column order = Column.of(orderName, ColumnType.of(ColumnType.Kind.INTEGER), false);
            if (!t.addColumn(order, null, new Source(oc.origin(), explicitOrder.isEmpty() ? null : oc.origin("name"),
                    owner.qualifiedName(), null))) {
                return null;
            }
            key.add(orderName);
        } else if (ctx.typeMapper.isSet(a.type()) && elementsNotNull && !elementColumns.isEmpty()) {
            key.addAll(elementColumns);
        } else {
            return List.of(); // a bag: rows may repeat
        }
        return ordered(t, key);
    }

    /** Key columns in Hibernate's order. */
    private List<String> ordered(TableAssembly t, List<String> key) {
        return KeyOrder.sort(key, n -> n, n -> t.table.columns.stream().filter(c -> c.name().equals(n)).findFirst()
                .map(Column::type).orElse(ColumnType.of(ColumnType.Kind.CUSTOM)));
    }

    // ------------------------------------------------------------------ collection tables

    /** The table of an {@code @ElementCollection} of basic values, enums or embeddables. */
    Optional<TableAssembly> collectionTable(EntityInfo owner, Attribute a) {
        Origin origin = ctx.origin(a.field());
        TypeMirror elementType = collectionElement(a.type());
        if (elementType == null || a.type().getKind() == TypeKind.ARRAY || !ctx.typeMapper.isCollection(a.type())) {
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

        List<String> ownerColumns = referencingColumns(t, owner,
                collectionTable.map(c -> c.annotations("joinColumns")).orElse(List.of()), owner.entityName(), origin);
        if (ownerColumns == null) {
            return Optional.empty();
        }
        if (elementType.getKind() == TypeKind.DECLARED
                && entities.apply((TypeElement) ((DeclaredType) elementType).asElement()).isPresent()) {
            ctx.problem(MappingMessages.ELEMENT_COLLECTION_OF_ENTITY, origin, owner.qualifiedName(), a.path(),
                    ((DeclaredType) elementType).asElement().getSimpleName());
            return Optional.empty();
        }
        List<String> valueColumns = new ArrayList<>();
        TypeElement embeddable = scanner.embeddableOf(a.field(), elementType);
        boolean set = ctx.typeMapper.isSet(a.type());
        boolean valuesNotNull = true;
        if (embeddable != null) {
            for (Attribute inner : embeddableAttributes(embeddable, (DeclaredType) elementType, a, "value.")) {
                Optional<Column> c = columns.addBasic(t, inner);
                if (c.isPresent()) {
                    valueColumns.add(c.get().name());
                    valuesNotNull &= !c.get().nullable();
                }
            }
        } else {
            Attribute value = new Attribute(a.field(), a.name(), elementType, Optional.empty(), false);
            Optional<Column> c = columns.addBasic(t, value);
            if (c.isPresent()) {
                valueColumns.add(c.get().name());
                // the field's comment already describes the table; Hibernate never stores a null
                // element, so a set's value is NOT NULL, part of its key
                Column v = c.get().withComment(null).withNullable(c.get().nullable() && !set);
                t.table.columns.set(t.table.columns.indexOf(c.get()), v);
            }
        }
        addForeignKey(t, ownerColumns, owner.table(), keyNames(owner), onDelete(a.field()).orElse(ReferentialAction.NO_ACTION),
                collectionTable.flatMap(c -> c.annotation("foreignKey")).stream().toList(), origin);
        List<String> key = collectionKey(t, owner, a, ownerColumns, valueColumns, valuesNotNull);
        if (key == null) {
            return Optional.empty();
        }
        if (!key.isEmpty()) {
            t.table.primaryKey = new PrimaryKey(ConventionalNames.primaryKey(t.localName()), key);
        }
        return Optional.of(t);
    }

    /**
     * The columns of an embeddable inside a collection or map key, named by its attributes; an
     * {@code @AttributeOverride} on the collection field names one as {@code street} or with the
     * {@code value.}/{@code key.} prefix.
     */
    private List<Attribute> embeddableAttributes(TypeElement embeddable, DeclaredType type, Attribute owner,
            String prefix) {
        Map<String, Ann> overrides = new java.util.HashMap<>();
        for (Ann override : ctx.findAll(owner.field(), Names.ATTRIBUTE_OVERRIDE, Names.ATTRIBUTE_OVERRIDES)) {
            String n = override.string("name").trim();
            String key = n.startsWith(prefix) ? n.substring(prefix.length())
                    : prefix.equals("value.") && !n.startsWith("key.") ? n : null;
            if (key != null) {
                override.annotation("column").ifPresent(column -> overrides.putIfAbsent(key, column));
            }
        }
        // the embeddable's members by its access (or the collection owner's), as in an entity
        List<Attribute> out = new ArrayList<>();
        for (Attribute inner : scanner.embeddableAttributes(embeddable, type,
                scanner.accessOf(owner.declaringType(), owner.field()))) {
            out.add(new Attribute(inner.field(), inner.name(), inner.path(), inner.type(),
                    Optional.ofNullable(overrides.get(inner.path())), false));
        }
        return out;
    }

    /**
     * The key columns of a map: another entity's key ({@code @MapKeyJoinColumn}, else
     * {@code <attribute>_key}, with a foreign key), an embeddable's columns, or one basic column
     * ({@code @MapKeyColumn}, else {@code <attribute>_key}). All NOT NULL: they are part of the key.
     */
    private List<String> mapKeyColumns(TableAssembly t, EntityInfo owner, Attribute a, Origin origin) {
        List<? extends TypeMirror> args = ctx.typeMapper.mapArguments(a.type());
        TypeMirror keyType = ctx.find(a.field(), Names.MAP_KEY_CLASS).map(m -> m.type("value"))
                .orElse(args == null ? null : args.get(0));
        if (keyType == null) {
            ctx.problem(MappingMessages.MAP_KEY_TYPE, origin, owner.qualifiedName(), a.path());
            return null;
        }
        Optional<EntityInfo> keyEntity = keyType.getKind() == TypeKind.DECLARED
                ? entities.apply((TypeElement) ((DeclaredType) keyType).asElement()) : Optional.empty();
        List<String> names = new ArrayList<>();
        if (keyEntity.isPresent()) {
            List<Ann> written = new ArrayList<>(ctx.find(a.field(), Names.MAP_KEY_JOIN_COLUMNS)
                    .map(j -> j.annotations("value")).orElse(List.of()));
            ctx.find(a.field(), Names.MAP_KEY_JOIN_COLUMN).ifPresent(written::add);
            if (keyEntity.get().keyColumns().size() > 1 && written.size() != keyEntity.get().keyColumns().size()) {
                ctx.problem(MappingMessages.COMPOSITE_MAP_KEY, origin, owner.qualifiedName(), a.path(),
                        keyEntity.get().type().getSimpleName());
                return null;
            }
            List<KeyColumn> keys = keyEntity.get().keyColumns();
            for (int i = 0; i < keys.size(); i++) {
                Optional<Ann> jc = matchJoinColumn(written, keys.get(i), i, keys.size());
                String explicit = jc.map(j -> j.string("name").trim()).orElse("");
                String name = ctx.naming.physical(explicit.isEmpty() ? a.name() + "_KEY" : explicit);
                ColumnFacts facts = new ColumnFacts(keyEntity.get().qualifiedName(), true, true, null, null, true);
                if (!t.addColumn(Column.of(name, keys.get(i).type(), false), null,
                        new Source(origin, explicit.isEmpty() ? null : jc.get().origin("name"), t.entity, facts))) {
                    return null;
                }
                names.add(name);
            }
            List<Ann> foreignKeys = new ArrayList<>();
            written.forEach(jc -> jc.annotation("foreignKey").ifPresent(foreignKeys::add));
            addForeignKey(t, names, keyEntity.get().table(), keyNames(keyEntity.get()), ReferentialAction.NO_ACTION,
                    foreignKeys, origin);
            return names;
        }
        TypeElement embeddable = keyType.getKind() == TypeKind.DECLARED
                && Ann.has(((DeclaredType) keyType).asElement(), Names.EMBEDDABLE)
                ? (TypeElement) ((DeclaredType) keyType).asElement() : null;
        if (embeddable != null) {
            for (Attribute inner : embeddableAttributes(embeddable, (DeclaredType) keyType, a, "key.")) {
                Optional<Column> c = columns.addBasic(t, inner);
                if (c.isEmpty()) {
                    return null;
                }
                t.table.columns.set(t.table.columns.indexOf(c.get()), c.get().withNullable(false));
                names.add(c.get().name());
            }
            return names;
        }
        TypeMapper.Hints hints = ctx.typeMapper.mapKey(a.field());
        TypeMapper.Mapped mapped = ctx.typeMapper.map(keyType, hints);
        if (!mapped.ok()) {
            ctx.problem(MappingMessages.ATTRIBUTE_TYPE, mapped.at() != null ? mapped.at() : origin, owner.qualifiedName(),
                    a.path() + " (map key)", mapped.error());
            return null;
        }
        String explicit = hints.column().map(c -> c.string("name").trim()).orElse("");
        String name = ctx.naming.physical(explicit.isEmpty() ? a.name() + "_KEY" : explicit);
        ColumnFacts facts = new ColumnFacts(ctx.typeMapper.qualifiedName(keyType), mapped.lengthExplicit(),
                mapped.precisionExplicit(), mapped.enumStorage(), null, false);
        if (!t.addColumn(Column.of(name, mapped.type(), false), null,
                new Source(origin, explicit.isEmpty() ? null : hints.column().get().origin("name"), t.entity, facts))) {
            return null;
        }
        if (!mapped.enumConstants().isEmpty()) {
            String values = mapped.enumStorage() == dev.tablesmith.model.ColumnFacts.EnumStorage.STRING
                    ? name + " IN (" + String.join(", ", mapped.enumConstants().stream().map(v -> "'" + v + "'").toList()) + ")"
                    : name + " BETWEEN 0 AND " + (mapped.enumConstants().size() - 1);
            columns.addCheck(t, ConventionalNames.check(t.localName(), name, "valid"), values, origin);
        }
        return List.of(name);
    }

    // ------------------------------------------------------------------ columns and keys

    /**
     * One join column: its name and type, the target column it references, where its name was
     * written, and whether another mapping writes it ({@code insertable = false, updatable = false}).
     */
    record JoinColumn(String name, ColumnType type, String referenced, Origin nameOrigin, boolean readOnly) {}

    /**
     * The join columns of a relation to {@code target}: one per key column of the target, in the
     * key's order, named as written ({@code @JoinColumn(name)}, matched by
     * {@code referencedColumnName} or position) or {@code <prefix>_<key column>}. Join columns
     * that all name {@code referencedColumnName}s other than the key reference those columns
     * instead (which must be unique; see {@link #applyDeferred}). Empty after reporting why when
     * they cannot be built (only when {@code report}).
     */
    Optional<List<JoinColumn>> resolveJoinColumns(String entity, Attribute a, EntityInfo target, List<Ann> written,
            String prefix, boolean report) {
        List<KeyColumn> keys = target.keyColumns();
        boolean otherColumns = written.stream().anyMatch(jc -> !jc.string("referencedColumnName").isBlank()
                && keys.stream().noneMatch(k -> k.name().equals(physical(jc.string("referencedColumnName")))));
        List<JoinColumn> out = new ArrayList<>();
        if (otherColumns) {
            for (Ann jc : written) {
                String ref = jc.string("referencedColumnName").trim();
                Optional<ColumnType> type = ref.isEmpty() ? Optional.empty() : columnType(target, physical(ref));
                if (type.isEmpty()) {
                    if (report) {
                        ctx.problem(MappingMessages.REFERENCED_COLUMN, jc.origin("referencedColumnName"), entity,
                                ref, target.table(), String.join(", ", columnNames(target)));
                    }
                    return Optional.empty();
                }
                String explicit = jc.string("name").trim();
                String name = physical(explicit.isEmpty() ? prefix + "_" + physical(ref) : explicit);
                out.add(new JoinColumn(name, type.get(), physical(ref), explicit.isEmpty() ? null : jc.origin("name"),
                        readOnly(jc)));
            }
            return Optional.of(out);
        }
        for (int i = 0; i < keys.size(); i++) {
            KeyColumn key = keys.get(i);
            Optional<Ann> jc = matchJoinColumn(written, key, i, keys.size());
            String explicit = jc.map(j -> j.string("name").trim()).orElse("");
            String name = physical(explicit.isEmpty() ? prefix + "_" + key.name() : explicit);
            out.add(new JoinColumn(name, key.type(), key.name(), explicit.isEmpty() ? null : jc.get().origin("name"),
                    jc.map(RelationReader::readOnly).orElse(false)));
        }
        return Optional.of(out);
    }

    private static boolean readOnly(Ann joinColumn) {
        return !joinColumn.bool("insertable") && !joinColumn.bool("updatable");
    }

    private String physical(String name) {
        return ctx.naming.physical(name.trim());
    }

    /** The type of one of the target entity's columns, by physical name. */
    private Optional<ColumnType> columnType(EntityInfo target, String column) {
        for (KeyColumn key : target.keyColumns()) {
            if (key.name().equals(column)) {
                return Optional.of(key.type());
            }
        }
        for (Attribute attribute : target.attributes()) {
            if (!isRelationOrCollection(attribute.field()) && columns.columnName(attribute).equals(column)) {
                TypeMapper.Mapped mapped = columns.mapType(attribute);
                return mapped.ok() ? Optional.of(mapped.type()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private List<String> columnNames(EntityInfo target) {
        return target.attributes().stream().filter(attribute -> !isRelationOrCollection(attribute.field()))
                .map(columns::columnName).toList();
    }

    private static boolean isRelationOrCollection(Element field) {
        return Ann.has(field, Names.MANY_TO_ONE) || Ann.has(field, Names.ONE_TO_ONE) || Ann.has(field, Names.ONE_TO_MANY)
                || Ann.has(field, Names.MANY_TO_MANY) || Ann.has(field, Names.ELEMENT_COLLECTION);
    }

    private static List<String> referenced(List<JoinColumn> joinColumns) {
        return joinColumns.stream().map(JoinColumn::referenced).toList();
    }

    private static List<String> keyNames(EntityInfo entity) {
        return entity.keyColumns().stream().map(KeyColumn::name).toList();
    }

    /**
     * Adds the columns that reference an entity's key to a join or collection table: as written in
     * {@code joinColumns}, else {@code <prefix>_<key column>}; NOT NULL. Null when they could not be built.
     */
    private List<String> referencingColumns(TableAssembly t, EntityInfo referenced, List<Ann> joinColumns, String prefix,
            Origin origin) {
        List<String> names = new ArrayList<>();
        List<KeyColumn> keys = referenced.keyColumns();
        for (int i = 0; i < keys.size(); i++) {
            KeyColumn key = keys.get(i);
            Optional<Ann> jc = matchJoinColumn(joinColumns, key, i, keys.size());
            String explicit = jc.map(j -> j.string("name").trim()).orElse("");
            String name = physical(explicit.isEmpty() ? prefix + "_" + key.name() : explicit);
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

    /**
     * A foreign key named {@code <table>_<columns>_fkey} or as {@code @ForeignKey(name)} says; none
     * for {@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)}. Returns its name.
     */
    private Optional<String> addForeignKey(TableAssembly t, List<String> fkColumns, String referencedTable,
            List<String> referencedColumns, ReferentialAction onDelete, List<Ann> foreignKeys, Origin origin) {
        if (fkColumns.isEmpty()) {
            return Optional.empty();
        }
        if (foreignKeys.stream().anyMatch(fk -> fk.enumName("value").equals("NO_CONSTRAINT"))) {
            return Optional.empty();
        }
        Optional<Ann> named = foreignKeys.stream().filter(fk -> !fk.string("name").isBlank()).findFirst();
        String name = named.map(fk -> fk.string("name").trim())
                .orElse(ConventionalNames.foreignKey(t.localName(), fkColumns));
        if (t.table.foreignKeys.stream().anyMatch(fk -> fk.columns().equals(fkColumns)
                && fk.referencedTable().equals(referencedTable))) {
            return Optional.empty(); // the same key, mapped from both sides
        }
        t.table.foreignKeys.add(new ForeignKey(name, fkColumns, referencedTable, referencedColumns, onDelete));
        t.source(Ref.object(t.name(), name), origin, named.map(fk -> fk.origin("name")).orElse(null));
        return Optional.of(name);
    }

    // ------------------------------------------------------------------ other tables

    /** A column the relation adds to another entity's table. */
    private record DeferredColumn(Column column, Source source, boolean readOnly) {}

    private record DeferredKey(List<String> columns, String referencedTable, List<String> referencedColumns,
            ReferentialAction onDelete, List<Ann> foreignKeys) {}

    /** What one relation adds to another entity's table, applied once that table is built. */
    private static final class Deferred {
        final String table;
        final String entity;
        final Origin origin;
        final List<DeferredColumn> columns = new ArrayList<>();
        DeferredKey foreignKey;
        /** The attribute of the target whose foreign key takes {@link #onDelete}, for an inverse one-to-many. */
        String onDeleteOf;
        ReferentialAction onDelete;

        Deferred(String table, String entity, Origin origin) {
            this.table = table;
            this.entity = entity;
            this.origin = origin;
        }
    }

    /**
     * Adds what relations contribute to other entities' tables (a unidirectional one-to-many's join
     * column and order column, an inverse one-to-many's {@code @OnDelete}), then checks that every
     * foreign key to columns other than a primary key references unique ones.
     */
    void applyDeferred(Map<String, TableAssembly> tables) {
        for (Deferred d : deferred) {
            TableAssembly t = tables.get(d.table);
            if (t == null) {
                continue; // the target's own mapping failed and was reported
            }
            boolean ok = true;
            for (DeferredColumn c : d.columns) {
                ok &= addForeign(t, d, c);
            }
            if (ok && d.foreignKey != null) {
                DeferredKey k = d.foreignKey;
                Optional<ForeignKey> existing = t.table.foreignKeys.stream()
                        .filter(fk -> fk.columns().equals(k.columns()) && fk.referencedTable().equals(k.referencedTable()))
                        .findFirst();
                if (existing.isPresent()) {
                    if (k.onDelete() != ReferentialAction.NO_ACTION) {
                        setOnDelete(t, existing.get(), k.onDelete());
                    }
                } else if (k.foreignKeys().stream().noneMatch(fk -> fk.enumName("value").equals("NO_CONSTRAINT"))) {
                    Optional<Ann> named = k.foreignKeys().stream().filter(fk -> !fk.string("name").isBlank()).findFirst();
                    String name = named.map(fk -> fk.string("name").trim())
                            .orElse(ConventionalNames.foreignKey(t.localName(), k.columns()));
                    t.table.foreignKeys.add(new ForeignKey(name, k.columns(), k.referencedTable(), k.referencedColumns(),
                            k.onDelete()));
                    ctx.source(Ref.object(t.name(), name), new Source(d.origin,
                            named.map(fk -> fk.origin("name")).orElse(null), d.entity, null));
                }
            }
            if (d.onDelete != null && d.onDeleteOf != null) {
                String fkName = t.foreignKeysByAttribute.get(d.onDeleteOf);
                t.table.foreignKeys.stream().filter(fk -> fk.name().equals(fkName)).findFirst()
                        .ifPresent(fk -> setOnDelete(t, fk, d.onDelete));
            }
        }
        deferred.clear();
        checkReferencedKeys(tables);
    }

    private boolean addForeign(TableAssembly t, Deferred d, DeferredColumn c) {
        Optional<Column> existing = t.table.columns.stream().filter(x -> x.name().equals(c.column().name())).findFirst();
        if (existing.isEmpty()) {
            t.table.columns.add(c.column());
            ctx.source(Ref.column(t.name(), c.column().name()), c.source());
            return true;
        }
        // mapped on the target's side too (its @ManyToOne or basic attribute), which defines the column
        if (!existing.get().type().equals(c.column().type())) {
            ctx.problem(MappingMessages.SHARED_COLUMN_TYPE, c.source().nameOrOrigin(), d.entity, c.column().name(),
                    t.entity, existing.get().type().kind(), d.entity, c.column().type().kind());
            return false;
        }
        return true;
    }

    private static void setOnDelete(TableAssembly t, ForeignKey fk, ReferentialAction action) {
        t.table.foreignKeys.set(t.table.foreignKeys.indexOf(fk), new ForeignKey(fk.name(), fk.columns(),
                fk.referencedTable(), fk.referencedColumns(), action));
    }

    /**
     * A foreign key to columns that are not the target's primary key needs a unique constraint on
     * exactly those columns: without one PostgreSQL refuses the key, and no database could tell
     * which row it means.
     */
    private void checkReferencedKeys(Map<String, TableAssembly> tables) {
        for (TableAssembly t : tables.values()) {
            for (ForeignKey fk : t.table.foreignKeys) {
                TableAssembly target = tables.get(fk.referencedTable());
                if (target == null) {
                    continue;
                }
                boolean primary = target.table.primaryKey != null
                        && target.table.primaryKey.columns().equals(fk.referencedColumns());
                boolean unique = target.table.uniqueConstraints.stream()
                        .anyMatch(u -> u.columns().stream().sorted().toList()
                                .equals(fk.referencedColumns().stream().sorted().toList()))
                        || target.table.indexes.stream().anyMatch(i -> i.unique() && i.where() == null
                                && i.elements().stream().map(e -> e.column()).sorted(Comparator.nullsFirst(Comparator.naturalOrder()))
                                .toList().equals(fk.referencedColumns().stream().sorted().toList()));
                if (!primary && !unique) {
                    Source source = ctx.sources.getOrDefault(Ref.object(t.name(), fk.name()),
                            new Source(t.origin, null, t.entity, null));
                    ctx.problem(MappingMessages.REFERENCED_NOT_UNIQUE, source.origin(), source.entity(),
                            fk.referencedTable(), String.join(", ", fk.referencedColumns()));
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The entity a relation points at, or empty after recording why there is none. */
    private Optional<EntityInfo> target(String table, String entity, Attribute a, Ann relation, TypeMirror declared) {
        TypeMirror targetType = relation.type("targetEntity");
        if (targetType == null || targetType.getKind() != TypeKind.DECLARED
                || ((TypeElement) ((DeclaredType) targetType).asElement()).getQualifiedName().contentEquals("void")) {
            targetType = declared;
        }
        Origin origin = ctx.origin(a.field());
        if (targetType == null || targetType.getKind() != TypeKind.DECLARED) {
            ctx.unresolved.add(new SourceMap.UnresolvedRelation(table, a.path(), String.valueOf(targetType), origin, entity));
            return Optional.empty();
        }
        TypeElement targetElement = (TypeElement) ((DeclaredType) targetType).asElement();
        Optional<EntityInfo> info = entities.apply(targetElement);
        if (info.isEmpty()) {
            ctx.unresolved.add(new SourceMap.UnresolvedRelation(table, a.path(),
                    targetElement.getQualifiedName().toString(), origin, entity));
            return Optional.empty();
        }
        if (info.get().keyColumns().isEmpty()) {
            ctx.problem(MappingMessages.TARGET_WITHOUT_ID, origin, entity, a.path(), targetElement.getSimpleName());
            return Optional.empty();
        }
        return info;
    }

    /** The entity type of a collection relation: a map's value, else the single type argument. */
    private TypeMirror collectionElement(TypeMirror type) {
        List<? extends TypeMirror> map = ctx.typeMapper.mapArguments(type);
        return map != null ? map.get(1) : ctx.typeMapper.elementType(type);
    }

    List<Ann> joinColumns(Element field) {
        List<Ann> list = new ArrayList<>(ctx.find(field, Names.JOIN_COLUMNS).map(j -> j.annotations("value")).orElse(List.of()));
        ctx.find(field, Names.JOIN_COLUMN).ifPresent(list::add);
        return list;
    }

    /** The join column for one key column: by referencedColumnName, else by position. */
    private Optional<Ann> matchJoinColumn(List<Ann> joinColumns, KeyColumn key, int index, int keyCount) {
        for (Ann jc : joinColumns) {
            String ref = jc.string("referencedColumnName").trim();
            if (!ref.isEmpty() && physical(ref).equals(key.name())) {
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

    /** Tablesmith's {@code @OnDelete}, else Hibernate's. */
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

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
