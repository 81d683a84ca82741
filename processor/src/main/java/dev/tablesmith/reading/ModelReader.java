package dev.tablesmith.reading;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ConventionalNames;
import dev.tablesmith.model.EnumValues;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.QualifiedNames;
import dev.tablesmith.model.QualifierSupport;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.ReferentialAction;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.TableKind;
import dev.tablesmith.queries.EntityMapping;
import dev.tablesmith.reading.EntityInfo.Hierarchy;
import dev.tablesmith.reading.EntityInfo.KeyColumn;
import dev.tablesmith.reading.EntityInfo.Strategy;
import dev.tablesmith.safety.SqlEngine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads entity classes into a {@link Schema}. Steps: each entity's names, key columns and place in
 * its inheritance hierarchy ({@link EntityInfo}, computed on demand, so a relation may target an
 * entity compiled earlier); then the tables: one per hierarchy for SINGLE_TABLE (the subclasses'
 * columns nullable), one per entity for JOINED (keyed by the parent's key) and per concrete entity
 * for TABLE_PER_CLASS, each with its secondary, join and collection tables; then the conventions.
 * Entities are read in qualified-name order so the output does not depend on the order javac hands
 * them over.
 */
public final class ModelReader {
    private final ReadContext ctx;
    private final AttributeScanner scanner;
    private final ColumnReader columns;
    private final RelationReader relations;
    private final IndexReader indexes;
    private final Generators generators;
    private final Jpa32Members jpa32;
    private final KeyColumns keys;
    private final Map<String, Optional<EntityInfo>> infos = new HashMap<>();
    /** Entity subclasses of each entity in this model, by the parent's qualified name. */
    private final Map<String, List<TypeElement>> subclasses = new HashMap<>();
    private final boolean fkIndexes;
    private EntityShapes shapes = new EntityShapes(List.of());

    /**
     * @param compiledFromSource whether a top-level type is compiled from source in this
     *     compilation (others are read from class files, without Javadoc)
     * @param qualifiers how each target dialect (by id) reads a table's namespace
     * @param engines the target engines, whose reserved words a generated check quotes
     */
    public ModelReader(ProcessingEnvironment env, Naming naming, ElementRegistry registry, boolean fkIndexes,
            Predicate<String> compiledFromSource, Map<String, QualifierSupport> qualifiers,
            Set<SqlEngine> engines) {
        this.ctx = new ReadContext(env, naming, registry, compiledFromSource, qualifiers, engines);
        this.scanner = new AttributeScanner(ctx);
        this.columns = new ColumnReader(ctx);
        this.relations = new RelationReader(ctx, columns, this::info, scanner);
        this.indexes = new IndexReader(ctx, columns);
        this.generators = new Generators(ctx);
        this.jpa32 = new Jpa32Members(ctx, columns);
        this.keys = new KeyColumns(ctx, columns, relations, this::info);
        this.fkIndexes = fkIndexes;
    }

    /** A reader for PostgreSQL alone (its namespaces are schemas). */
    public ModelReader(ProcessingEnvironment env, Naming naming, ElementRegistry registry, boolean fkIndexes,
            Predicate<String> compiledFromSource) {
        this(env, naming, registry, fkIndexes, compiledFromSource, Map.of("postgresql", QualifierSupport.SCHEMA),
                Set.of(SqlEngine.POSTGRESQL));
    }

    public ReadResult read(Collection<TypeElement> entities) {
        // a hierarchy is read whole: the entities a compiled one extends belong to the model too
        Set<TypeElement> all = new LinkedHashSet<>();
        for (TypeElement type : entities) {
            for (TypeElement t : scanner.persistentChain(type)) {
                if (Ann.has(t, Names.ENTITY)) {
                    all.add(t);
                }
            }
        }
        List<TypeElement> sorted = all.stream()
                .sorted(Comparator.comparing(t -> t.getQualifiedName().toString())).distinct().toList();
        for (TypeElement type : sorted) {
            parentEntity(type).ifPresent(p -> subclasses
                    .computeIfAbsent(p.getQualifiedName().toString(), k -> new ArrayList<>()).add(type));
        }
        shapes = new EntityShapes(sorted);
        Map<String, TableAssembly> tables = new LinkedHashMap<>();
        Map<String, Sequence> sequences = new TreeMap<>();
        Map<String, String> tableRenames = new TreeMap<>();
        Map<String, Map<String, String>> columnRenames = new TreeMap<>();
        List<EntityMapping> mappings = new ArrayList<>();
        List<EntityInfo> unmapped = new ArrayList<>(); // entities whose rows live in other entities' tables
        for (TypeElement type : sorted) {
            Optional<EntityInfo> info = info(type);
            if (info.isEmpty()) {
                continue;
            }
            List<TableAssembly> built = readEntity(info.get(), sequences, columnRenames);
            if (!built.isEmpty()) {
                mappings.add(mapping(info.get(), built.get(0)));
            } else {
                unmapped.add(info.get());
            }
            for (TableAssembly t : built) {
                TableAssembly previous = tables.putIfAbsent(t.name(), t);
                if (previous != null) {
                    ctx.problem(MappingMessages.TABLE_MAPPED_TWICE, t.origin, t.entity, t.name(), previous.entity, t.entity);
                }
            }
            ctx.find(type, Names.RENAMED_FROM).ifPresent(r -> tableRenames.put(info.get().table(),
                    QualifiedNames.besides(info.get().table(), ctx.naming.physical(r.string("value").trim()))));
        }
        relations.applyDeferred(tables);
        generators.tables().forEach(t -> tables.putIfAbsent(t.name(), t));
        for (EntityInfo e : unmapped) {
            // a SINGLE_TABLE subclass reads as its root's table; an abstract TABLE_PER_CLASS class has none
            TableAssembly shared = e.hierarchy().strategy() == Strategy.SINGLE_TABLE ? tables.get(e.table()) : null;
            mappings.add(shared != null ? mapping(e, shared) : new EntityMapping(e.entityName(), e.qualifiedName(),
                    null, Map.of(), List.of(), List.of(), List.of(), "has no table of its own (each subclass has one)"));
        }
        Map<Ref, Source> sources = ctx.sources;
        List<Table> finished = new ArrayList<>();
        for (TableAssembly t : tables.values()) {
            finished.add(Conventions.apply(t.table.build(), fkIndexes, sources));
        }
        checkSchemaWideNames(finished);
        Schema schema = new Schema(finished, List.copyOf(sequences.values()), enumValues(finished, sources));
        return new ReadResult(schema, new SourceMap(sources, ctx.unresolved),
                new Renames(tableRenames, columnRenames), ctx.problems, ctx.unreadComments, mappings);
    }

    /** How JPQL names reach the table: attribute paths to columns, and the relations. */
    private EntityMapping mapping(EntityInfo info, TableAssembly t) {
        List<EntityMapping.Relation> relations = new ArrayList<>();
        for (Attribute a : info.attributes()) {
            Element field = a.field();
            for (String kind : List.of(Names.MANY_TO_ONE, Names.ONE_TO_ONE, Names.ONE_TO_MANY, Names.MANY_TO_MANY)) {
                Optional<Ann> relation = ctx.find(field, kind);
                if (relation.isEmpty()) {
                    continue;
                }
                boolean toMany = kind.equals(Names.ONE_TO_MANY) || kind.equals(Names.MANY_TO_MANY);
                javax.lang.model.type.TypeMirror target = toMany ? ctx.typeMapper.elementType(a.type()) : a.type();
                String targetName = target == null ? "" : ctx.typeMapper.qualifiedName(ctx.types.erasure(target));
                String fetch = relation.get().enumName("fetch");
                boolean eager = fetch.isEmpty() ? !toMany : fetch.equals("EAGER");
                String mappedBy = relation.get().string("mappedBy").trim();
                String column = t.columnsByAttribute().get(a.path());
                List<String> joinColumns = !toMany && mappedBy.isEmpty() && column != null ? List.of(column) : List.of();
                relations.add(new EntityMapping.Relation(a.path(), targetName, toMany, eager, mappedBy, joinColumns));
            }
        }
        Map<String, String> columns = new TreeMap<>(t.columnsByAttribute());
        List<String> id = t.table.primaryKey == null ? List.of() : t.table.primaryKey.columns();
        String notOneTable = info.hierarchy().strategy() == Strategy.JOINED && !info.hierarchy().isRoot()
                ? "is a JOINED subclass: its attributes span its table and its parents'" : null;
        return new EntityMapping(info.entityName(), info.qualifiedName(), info.table(), columns, id,
                t.table.columns.stream().map(Column::name).toList(), relations, notOneTable);
    }

    /** The constants of every enum column the schema kept, for the snapshot. */
    private static List<EnumValues> enumValues(List<Table> tables, Map<Ref, Source> sources) {
        List<EnumValues> enums = new ArrayList<>();
        for (Table t : tables) {
            for (Column c : t.columns()) {
                Source s = sources.get(Ref.column(t.name(), c.name()));
                if (s != null && s.column() != null && s.column().enumStorage() != null
                        && !s.column().enumConstants().isEmpty()) {
                    enums.add(new EnumValues(t.name(), c.name(), s.column().enumStorage(), s.column().enumConstants()));
                }
            }
        }
        return enums;
    }

    /** Names, key columns and attributes of an entity; empty when the type is not an entity. */
    Optional<EntityInfo> info(TypeElement type) {
        String key = type.getQualifiedName().toString();
        Optional<EntityInfo> cached = infos.get(key);
        if (cached != null) {
            return cached;
        }
        infos.put(key, Optional.empty()); // guards against cycles while computing
        Optional<EntityInfo> info = computeInfo(type);
        infos.put(key, info);
        return info;
    }

    private Optional<EntityInfo> computeInfo(TypeElement type) {
        Optional<Ann> entity = ctx.find(type, Names.ENTITY);
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        String qualifiedName = type.getQualifiedName().toString();
        Origin origin = ctx.origin(type);
        Optional<MappingMessages> shape = shapes.problem(type);
        if (shape.isPresent()) {
            ctx.problem(shape.get(), origin, type.getQualifiedName().toString());
            return Optional.empty();
        }
        String entityName = entity.get().string("name").isBlank()
                ? type.getSimpleName().toString() : entity.get().string("name").trim();
        Hierarchy hierarchy = hierarchy(type);
        Optional<EntityInfo> parent = hierarchy.isRoot() ? Optional.empty() : info(hierarchy.parent());
        if (!hierarchy.isRoot() && parent.isEmpty()) {
            return Optional.empty(); // a cycle through relations while the parent is computed; cannot happen for classes
        }
        List<Attribute> attributes = scanner.scan(type);
        Optional<Ann> table = ctx.find(type, Names.TABLE);
        if (hierarchy.strategy() == Strategy.SINGLE_TABLE && parent.isPresent()) {
            table.ifPresent(t -> ctx.warning(MappingMessages.SINGLE_TABLE_SUBCLASS_TABLE, t.origin(), qualifiedName,
                    type.getSimpleName(), parent.get().table()));
            return Optional.of(new EntityInfo(type, entityName, parent.get().table(), origin, null, attributes,
                    parent.get().keyColumns(), hierarchy));
        }
        String explicitName = table.map(t -> t.string("name").trim()).orElse("");
        Origin nameOrigin = explicitName.isEmpty() ? null : table.get().origin("name");
        String local = ctx.tableName(explicitName.isEmpty() ? entityName : explicitName,
                nameOrigin != null ? nameOrigin : origin, qualifiedName, "table name");
        String tableName = ctx.qualify(table, local, qualifiedName);
        List<KeyColumn> keys = new ArrayList<>();
        if (hierarchy.strategy() == Strategy.JOINED && parent.isPresent()) {
            for (PkJoin join : pkJoinColumns(type, parent.get(), qualifiedName)) {
                keys.add(new KeyColumn(join.name(), join.key().type()));
            }
        } else if (hierarchy.strategy() == Strategy.TABLE_PER_CLASS && parent.isPresent()) {
            keys.addAll(parent.get().keyColumns());
        } else {
            keys.addAll(this.keys.of(type, attributes)); // derived identity and Hibernate's key order
        }
        return Optional.of(new EntityInfo(type, entityName, tableName, origin, nameOrigin, attributes, keys, hierarchy));
    }

    /** The strategy comes from the root's {@code @Inheritance} (default SINGLE_TABLE); elsewhere it is ignored. */
    private Hierarchy hierarchy(TypeElement type) {
        TypeElement root = type;
        for (Optional<TypeElement> p = parentEntity(type); p.isPresent(); p = parentEntity(p.get())) {
            root = p.get();
        }
        TypeElement parent = parentEntity(type).orElse(null);
        if (parent != null) {
            TypeElement r = root;
            ctx.find(type, Names.INHERITANCE).ifPresent(i -> ctx.warning(MappingMessages.INHERITANCE_NOT_ROOT,
                    i.origin(), type.getQualifiedName().toString(), r.getSimpleName()));
        }
        String strategy = ctx.find(root, Names.INHERITANCE).map(i -> i.enumName("strategy")).orElse("");
        Strategy s = strategy.isEmpty() ? Strategy.SINGLE_TABLE : Strategy.valueOf(strategy);
        List<TypeElement> children = List.copyOf(subclasses.getOrDefault(type.getQualifiedName().toString(), List.of()));
        return new Hierarchy(s, root, parent, children);
    }

    /** The nearest superclass annotated {@code @Entity} (a {@code @MappedSuperclass} in between is no entity). */
    private Optional<TypeElement> parentEntity(TypeElement type) {
        for (TypeMirror sup = type.getSuperclass(); sup.getKind() == TypeKind.DECLARED; ) {
            TypeElement element = (TypeElement) ((DeclaredType) sup).asElement();
            if (Ann.has(element, Names.ENTITY)) {
                return Optional.of(element);
            }
            sup = element.getSuperclass();
        }
        return Optional.empty();
    }

    /** A JOINED subclass's key column, referencing one of its parent's key columns. */
    private record PkJoin(String name, KeyColumn key, Origin nameOrigin) {}

    /**
     * The key columns of a table keyed by another's key (a JOINED subclass, a secondary table):
     * {@code @PrimaryKeyJoinColumn(s)} by {@code referencedColumnName}, else by position; unnamed,
     * they take the referenced key column's name.
     */
    private List<PkJoin> pkJoins(List<Ann> joins, EntityInfo referenced, String entity) {
        List<PkJoin> out = new ArrayList<>();
        List<KeyColumn> keys = referenced.keyColumns();
        for (int i = 0; i < keys.size(); i++) {
            KeyColumn key = keys.get(i);
            Ann join = null;
            for (Ann j : joins) {
                String ref = j.string("referencedColumnName").trim();
                if (!ref.isEmpty() && ctx.naming.physical(ref).equals(key.name())) {
                    join = j;
                }
            }
            if (join == null && i < joins.size() && joins.get(i).string("referencedColumnName").isBlank()) {
                join = joins.get(i);
            }
            String explicit = join == null ? "" : join.string("name").trim();
            out.add(new PkJoin(explicit.isEmpty() ? key.name() : ctx.naming.physical(explicit), key,
                    explicit.isEmpty() ? null : join.origin("name")));
        }
        for (Ann j : joins) {
            String ref = j.string("referencedColumnName").trim();
            if (!ref.isEmpty() && keys.stream().noneMatch(k -> k.name().equals(ctx.naming.physical(ref)))) {
                ctx.problem(MappingMessages.PK_JOIN_COLUMN, j.origin("referencedColumnName"), entity, ref,
                        referenced.table(), String.join(", ", keys.stream().map(KeyColumn::name).toList()));
            }
        }
        return out;
    }

    private List<PkJoin> pkJoinColumns(TypeElement type, EntityInfo parent, String entity) {
        return pkJoins(ctx.findAll(type, Names.PRIMARY_KEY_JOIN_COLUMN, Names.PRIMARY_KEY_JOIN_COLUMNS), parent, entity);
    }

    private List<TableAssembly> readEntity(EntityInfo info, Map<String, Sequence> sequences,
            Map<String, Map<String, String>> columnRenames) {
        Hierarchy h = info.hierarchy();
        if (h.strategy() == Strategy.SINGLE_TABLE && !h.isRoot()) {
            return List.of(); // its columns are read into the root's table
        }
        if (h.strategy() == Strategy.TABLE_PER_CLASS) {
            ctx.find(info.type(), Names.DISCRIMINATOR_COLUMN).ifPresent(d ->
                    ctx.warning(MappingMessages.DISCRIMINATOR_IGNORED, d.origin(), info.qualifiedName()));
            if (info.isAbstract()) {
                return List.of(); // no rows of its own: each concrete subclass has a full table
            }
        }
        TypeElement type = info.type();
        TableAssembly t = new TableAssembly(ctx, info.table(), info.qualifiedName(), info.origin());
        t.table.comment = ctx.comment(type, Ref.table(info.table())).orElse(null);
        t.table.deprecated = Ann.has(type, Names.DEPRECATED);
        ctx.source(Ref.table(info.table()), new Source(info.origin(), info.tableNameOrigin(), info.qualifiedName(), null));
        EntityInfo root = info(h.root()).orElse(info);
        List<TableAssembly> extra = new ArrayList<>();
        Map<String, TableAssembly> secondary = secondaryTables(info, t, extra);
        List<String> keyColumns = new ArrayList<>();
        if (h.strategy() == Strategy.JOINED && !h.isRoot()) {
            keyColumns.addAll(joinedKey(t, info));
        }
        List<Attribute> own = switch (h.strategy()) {
            case TABLE_PER_CLASS -> info.attributes();
            default -> ownAttributes(info, info.attributes());
        };
        for (Attribute a : own) {
            readAttribute(info, root, t, secondary, a, keyColumns, sequences, columnRenames, extra);
        }
        // a JOINED subclass is keyed by its join columns; elsewhere the key columns the table holds
        // (derived identity puts some there through a relation)
        List<String> key = h.strategy() == Strategy.JOINED && !h.isRoot() ? keyColumns
                : info.keyColumns().stream().map(KeyColumn::name).filter(t.table::hasColumn).toList();
        if (!key.isEmpty()) {
            t.table.primaryKey = new PrimaryKey(ConventionalNames.primaryKey(t.localName()), key);
        }
        indexes.readTypeLevel(t, type);
        indexes.readNaturalId(t, own);
        jpa32.refuseOptions(type, info.qualifiedName());
        ctx.find(type, Names.TABLE).ifPresent(table -> jpa32.tableChecks(t, table));
        for (Ann st : ctx.findAll(type, Names.SECONDARY_TABLE, Names.SECONDARY_TABLES)) {
            TableAssembly s = secondary.get(ctx.naming.physical(st.string("name").trim()));
            if (s != null) {
                jpa32.tableChecks(s, st);
            }
        }
        Discriminators.Column discriminator = null;
        if (h.isRoot() && h.strategy() != Strategy.TABLE_PER_CLASS) {
            discriminator = new Discriminators(ctx, this::info, columns).add(t, info);
        }
        if (h.strategy() == Strategy.SINGLE_TABLE) {
            for (EntityInfo sub : descendants(info)) {
                String before = t.entity;
                t.entity = sub.qualifiedName(); // findings on its columns belong to the subclass
                t.table.subclasses.add(sub.qualifiedName());
                for (Attribute a : ownAttributes(sub, sub.attributes())) {
                    int columnsBefore = t.table.columns.size();
                    readAttribute(sub, root, t, secondary, a, keyColumns, sequences, columnRenames, extra);
                    if (discriminator != null) {
                        discriminator.requireFor(t, sub, columnsBefore);
                    }
                }
                indexes.readTypeLevel(t, sub.type(), false);
                t.entity = before;
            }
            t.table.subclasses.sort(Comparator.naturalOrder());
        }
        List<TableAssembly> all = new ArrayList<>();
        all.add(t);
        all.addAll(secondary.values());
        all.addAll(extra);
        return all;
    }

    /** Every entity below one, parents before children, siblings by name. */
    List<EntityInfo> descendants(EntityInfo info) {
        List<EntityInfo> out = new ArrayList<>();
        for (TypeElement sub : info.hierarchy().subclasses()) {
            info(sub).ifPresent(s -> {
                out.add(s);
                out.addAll(descendants(s));
            });
        }
        return out;
    }

    /**
     * The attributes an entity adds to its hierarchy: declared by the entity itself or by the
     * mapped superclasses between it and its parent entity (the root owns those above it).
     */
    private List<Attribute> ownAttributes(EntityInfo info, List<Attribute> attributes) {
        if (info.hierarchy().isRoot()) {
            return attributes;
        }
        Set<TypeElement> inherited = new LinkedHashSet<>();
        for (TypeElement t : scanner.persistentChain(info.hierarchy().parent())) {
            inherited.add(t);
        }
        return attributes.stream().filter(a -> !inherited.contains(owningType(a, info))).toList();
    }

    /** The class of the entity's chain that declares the attribute (an embeddable's field: the class embedding it). */
    private TypeElement owningType(Attribute a, EntityInfo info) {
        TypeElement declaring = a.declaringType();
        List<TypeElement> chain = scanner.persistentChain(info.type());
        if (chain.contains(declaring)) {
            return declaring;
        }
        // an embeddable's member: find the chain class whose attribute path starts the same way
        String head = a.path().contains(".") ? a.path().substring(0, a.path().indexOf('.')) : a.path();
        for (int i = chain.size() - 1; i >= 0; i--) {
            for (Element member : chain.get(i).getEnclosedElements()) {
                if (AttributeScanner.attributeName(member).equals(head)
                        && (member.getKind().isField() || member.getKind() == javax.lang.model.element.ElementKind.METHOD)) {
                    return chain.get(i);
                }
            }
        }
        return info.type();
    }

    /** A JOINED subclass's key: its primary key join columns, a foreign key to the parent's table. */
    private List<String> joinedKey(TableAssembly t, EntityInfo info) {
        EntityInfo parent = info(info.hierarchy().parent()).orElseThrow();
        List<PkJoin> joins = pkJoinColumns(info.type(), parent, info.qualifiedName());
        List<String> names = new ArrayList<>();
        for (PkJoin join : joins) {
            Column column = Column.of(join.name(), join.key().type(), false);
            t.addColumn(column, null, new Source(info.origin(), join.nameOrigin(), info.qualifiedName(),
                    new dev.tablesmith.model.ColumnFacts(parent.qualifiedName(), true, true, null, null, true)));
            names.add(join.name());
        }
        ReferentialAction onDelete = relations.onDelete(info.type()).orElse(ReferentialAction.NO_ACTION);
        Optional<Ann> fkAnn = ctx.findAll(info.type(), Names.PRIMARY_KEY_JOIN_COLUMN, Names.PRIMARY_KEY_JOIN_COLUMNS)
                .stream().map(j -> j.annotation("foreignKey")).flatMap(Optional::stream)
                .filter(f -> !f.string("name").isBlank()).findFirst();
        String fkName = fkAnn.map(f -> f.string("name").trim()).orElse(ConventionalNames.foreignKey(t.localName(), names));
        t.table.foreignKeys.add(new ForeignKey(fkName, names, parent.table(),
                joins.stream().map(j -> j.key().name()).toList(), onDelete));
        t.source(Ref.object(t.name(), fkName), info.origin(), fkAnn.map(f -> f.origin("name")).orElse(null));
        return names;
    }

    /** The entity's {@code @SecondaryTable}s, by physical local name, keyed by the entity's key. */
    private Map<String, TableAssembly> secondaryTables(EntityInfo info, TableAssembly primary, List<TableAssembly> extra) {
        Map<String, TableAssembly> out = new LinkedHashMap<>();
        for (Ann st : ctx.findAll(info.type(), Names.SECONDARY_TABLE, Names.SECONDARY_TABLES)) {
            String local = ctx.tableName(st.string("name").trim(), st.origin("name"), info.qualifiedName(), "table name");
            String name = ctx.qualify(Optional.of(st), local, info.qualifiedName());
            TableAssembly s = new TableAssembly(ctx, name, info.qualifiedName(), st.origin());
            s.table.kind = TableKind.SECONDARY;
            s.table.comment = Optional.of(st.string("comment").trim()).filter(c -> !c.isEmpty()).orElse(null);
            ctx.source(Ref.table(name), new Source(st.origin(), st.origin("name"), info.qualifiedName(), null));
            List<PkJoin> joins = pkJoins(st.annotations("pkJoinColumns"), info, info.qualifiedName());
            List<String> keys = new ArrayList<>();
            for (PkJoin join : joins) {
                s.addColumn(Column.of(join.name(), join.key().type(), false), null,
                        new Source(st.origin(), join.nameOrigin(), info.qualifiedName(),
                                new dev.tablesmith.model.ColumnFacts(info.qualifiedName(), true, true, null, null, true)));
                keys.add(join.name());
            }
            s.table.primaryKey = new PrimaryKey(ConventionalNames.primaryKey(s.localName()), keys);
            Optional<Ann> fk = st.annotation("foreignKey").filter(f -> !f.string("name").isBlank());
            String fkName = fk.map(f -> f.string("name").trim()).orElse(ConventionalNames.foreignKey(s.localName(), keys));
            s.table.foreignKeys.add(new ForeignKey(fkName, keys, info.table(),
                    joins.stream().map(j -> j.key().name()).toList(), ReferentialAction.NO_ACTION));
            s.source(Ref.object(name, fkName), st.origin(), fk.map(f -> f.origin("name")).orElse(null));
            out.put(local, s);
        }
        return out;
    }

    private void readAttribute(EntityInfo info, EntityInfo root, TableAssembly primary, Map<String, TableAssembly> secondary,
            Attribute a, List<String> keyColumns, Map<String, Sequence> sequences,
            Map<String, Map<String, String>> columnRenames, List<TableAssembly> extra) {
        Element field = a.field();
        TableAssembly t = targetTable(info, primary, secondary, a);
        Optional<Ann> manyToOne = ctx.find(field, Names.MANY_TO_ONE);
        Optional<Ann> oneToOne = ctx.find(field, Names.ONE_TO_ONE);
        Optional<Ann> oneToMany = ctx.find(field, Names.ONE_TO_MANY);
        Optional<Ann> manyToMany = ctx.find(field, Names.MANY_TO_MANY);
        int before = t.table.columns.size();
        if (ctx.find(field, Names.ELEMENT_COLLECTION).isPresent()) {
            relations.collectionTable(info, a).ifPresent(extra::add);
        } else if (manyToMany.isPresent()) {
            if (manyToMany.get().string("mappedBy").isBlank()) {
                relations.joinTable(info, a, manyToMany.get(), false).ifPresent(extra::add);
            }
        } else if (oneToMany.isPresent()) {
            relations.oneToMany(info, a, oneToMany.get()).ifPresent(extra::add);
        } else if (oneToOne.isPresent()) {
            if (oneToOne.get().string("mappedBy").isBlank()) {
                relations.addToOne(t, a, oneToOne.get(), true);
            }
        } else if (manyToOne.isPresent()) {
            relations.addToOne(t, a, manyToOne.get(), false);
        } else {
            columns.addBasic(t, a).ifPresent(column -> {
                if (a.id()) {
                    keyColumns.add(column.name());
                    generators.apply(t, info, root, a, column, sequences);
                }
            });
        }
        jpa32.refuseOptions(field, info.qualifiedName());
        if (t.table.columns.size() == before + 1) {
            String column = t.table.columns.get(before).name();
            indexes.readFieldLevel(t, field, column);
            for (String jpa : List.of(Names.COLUMN, Names.JOIN_COLUMN)) {
                ctx.find(field, jpa).ifPresent(c -> jpa32.columnChecks(t, field, c, column));
            }
            ctx.find(field, Names.RENAMED_FROM).ifPresent(r -> columnRenames
                    .computeIfAbsent(t.name(), k -> new TreeMap<>())
                    .put(column, ctx.naming.physical(r.string("value").trim())));
        }
    }

    /** The table an attribute's column goes to: its {@code @Column(table)}'s secondary table, else the entity's. */
    private TableAssembly targetTable(EntityInfo info, TableAssembly primary, Map<String, TableAssembly> secondary,
            Attribute a) {
        Optional<Ann> column = columns.columnAnnotation(a).filter(c -> !c.string("table").isBlank());
        if (column.isEmpty()) {
            return primary;
        }
        String named = ctx.naming.physical(column.get().string("table").trim());
        if (named.equals(primary.localName()) || named.equals(primary.name())) {
            return primary;
        }
        TableAssembly s = secondary.get(named);
        if (s == null) {
            s = secondary.values().stream().filter(x -> x.name().equals(named)).findFirst().orElse(null);
        }
        if (s == null) {
            List<String> known = new ArrayList<>();
            known.add(primary.localName());
            known.addAll(secondary.keySet());
            ctx.problem(MappingMessages.SECONDARY_TABLE_UNKNOWN, column.get().origin("table"), info.qualifiedName(),
                    column.get().string("table").trim(), info.type().getSimpleName(), column.get().string("table").trim(),
                    String.join(", ", known));
            return primary;
        }
        return s;
    }

    /**
     * PostgreSQL keeps indexes and the indexes behind keys, unique and exclusion constraints in one
     * namespace per schema: two with one name fail at migration time, so report them now.
     */
    private void checkSchemaWideNames(List<Table> tables) {
        Map<String, String> owners = new HashMap<>();
        for (Table table : tables) {
            List<String> names = new ArrayList<>();
            if (table.primaryKey() != null) {
                names.add(table.primaryKey().name());
            }
            table.uniqueConstraints().forEach(u -> names.add(u.name()));
            table.exclusions().forEach(e -> names.add(e.name()));
            table.indexes().forEach(i -> names.add(i.name()));
            for (String name : names) {
                String previous = owners.putIfAbsent(QualifiedNames.besides(table.name(), name), table.name());
                if (previous != null) {
                    Source source = ctx.sources.getOrDefault(Ref.object(table.name(), name),
                            new Source(Origin.NONE, null, table.entity(), null));
                    ctx.problem(MappingMessages.NAME_IN_TWO_TABLES, source.nameOrOrigin(), source.entity(), name, previous,
                            table.name());
                }
            }
        }
    }
}
