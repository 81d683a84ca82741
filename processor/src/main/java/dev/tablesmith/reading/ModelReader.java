package dev.tablesmith.reading;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.PrimaryKey;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Renames;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.EntityMapping;
import dev.tablesmith.reading.EntityInfo.KeyColumn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads entity classes into a {@link Schema}. Steps: each entity's names and key columns
 * ({@link EntityInfo}, computed on demand, so a relation may target an entity compiled earlier);
 * then each entity's table, its join and collection tables; then the conventions. Entities are
 * read in qualified-name order so the output does not depend on the order javac hands them over.
 */
public final class ModelReader {
    private final ReadContext ctx;
    private final AttributeScanner scanner;
    private final ColumnReader columns;
    private final RelationReader relations;
    private final IndexReader indexes;
    private final Map<String, Optional<EntityInfo>> infos = new HashMap<>();
    private final boolean fkIndexes;
    private EntityShapes shapes = new EntityShapes(List.of());

    /**
     * @param compiledFromSource whether a top-level type is compiled from source in this
     *     compilation (others are read from class files, without Javadoc)
     */
    public ModelReader(ProcessingEnvironment env, Naming naming, ElementRegistry registry, boolean fkIndexes,
            Predicate<String> compiledFromSource) {
        this.ctx = new ReadContext(env, naming, registry, compiledFromSource);
        this.scanner = new AttributeScanner(ctx);
        this.columns = new ColumnReader(ctx);
        this.relations = new RelationReader(ctx, columns, this::info);
        this.indexes = new IndexReader(ctx, columns);
        this.fkIndexes = fkIndexes;
    }

    public ReadResult read(Collection<TypeElement> entities) {
        List<TypeElement> sorted = entities.stream()
                .sorted(Comparator.comparing(t -> t.getQualifiedName().toString())).distinct().toList();
        shapes = new EntityShapes(sorted);
        Map<String, TableAssembly> tables = new LinkedHashMap<>();
        Map<String, Sequence> sequences = new TreeMap<>();
        Map<String, String> tableRenames = new TreeMap<>();
        Map<String, Map<String, String>> columnRenames = new TreeMap<>();
        List<EntityMapping> mappings = new ArrayList<>();
        for (TypeElement type : sorted) {
            Optional<EntityInfo> info = info(type);
            if (info.isEmpty()) {
                continue;
            }
            List<TableAssembly> built = readEntity(info.get(), sequences, columnRenames);
            mappings.add(mapping(info.get(), built.get(0)));
            for (TableAssembly t : built) {
                TableAssembly previous = tables.putIfAbsent(t.name(), t);
                if (previous != null) {
                    ctx.problem(MappingMessages.TABLE_MAPPED_TWICE, t.origin, t.entity, t.name(), previous.entity, t.entity);
                }
            }
            ctx.find(type, Names.RENAMED_FROM).ifPresent(r ->
                    tableRenames.put(info.get().table(), ctx.naming.physical(r.string("value").trim())));
        }
        Map<Ref, Source> sources = ctx.sources;
        List<Table> finished = new ArrayList<>();
        for (TableAssembly t : tables.values()) {
            finished.add(Conventions.apply(t.table.build(), fkIndexes, sources));
        }
        checkSchemaWideNames(finished);
        Schema schema = new Schema(finished, List.copyOf(sequences.values()));
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
        return new EntityMapping(info.entityName(), info.qualifiedName(), info.table(), columns, id,
                t.table.columns.stream().map(Column::name).toList(), relations);
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
        Origin origin = ctx.origin(type);
        Optional<MappingMessages> shape = shapes.problem(type);
        if (shape.isPresent()) {
            ctx.problem(shape.get(), origin, type.getQualifiedName().toString());
            return Optional.empty();
        }
        String entityName = entity.get().string("name").isBlank()
                ? type.getSimpleName().toString() : entity.get().string("name").trim();
        Optional<Ann> table = ctx.find(type, Names.TABLE);
        String explicitName = table.map(t -> t.string("name").trim()).orElse("");
        table.ifPresent(t -> {
            for (String member : List.of("schema", "catalog")) {
                if (!t.string(member).isBlank()) {
                    ctx.problem(MappingMessages.TABLE_SCHEMA, t.origin(member), type.getQualifiedName().toString(), member);
                }
            }
        });
        String tableName = ctx.naming.physical(explicitName.isEmpty() ? entityName : explicitName);
        Origin nameOrigin = explicitName.isEmpty() ? null : table.get().origin("name");
        List<Attribute> attributes = scanner.scan(type);
        List<KeyColumn> keys = new ArrayList<>();
        for (Attribute a : attributes) {
            if (!a.id()) {
                continue;
            }
            if (isRelation(a.field())) {
                ctx.problem(MappingMessages.ID_ON_RELATION, ctx.origin(a.field()), type.getQualifiedName().toString());
                continue;
            }
            TypeMapper.Mapped mapped = columns.mapType(a);
            if (mapped.ok()) {
                keys.add(new KeyColumn(columns.columnName(a), mapped.type()));
            }
        }
        return Optional.of(new EntityInfo(type, entityName, tableName, origin, nameOrigin, attributes, keys));
    }

    private List<TableAssembly> readEntity(EntityInfo info, Map<String, Sequence> sequences,
            Map<String, Map<String, String>> columnRenames) {
        TypeElement type = info.type();
        TableAssembly t = new TableAssembly(ctx, info.table(), info.qualifiedName(), info.origin());
        t.table.comment = ctx.comment(type, Ref.table(info.table())).orElse(null);
        t.table.deprecated = Ann.has(type, Names.DEPRECATED);
        ctx.source(Ref.table(info.table()), new Source(info.origin(), info.tableNameOrigin(), info.qualifiedName(), null));
        List<TableAssembly> extra = new ArrayList<>();
        List<String> keyColumns = new ArrayList<>();
        for (Attribute a : info.attributes()) {
            Element field = a.field();
            Optional<Ann> manyToOne = ctx.find(field, Names.MANY_TO_ONE);
            Optional<Ann> oneToOne = ctx.find(field, Names.ONE_TO_ONE);
            Optional<Ann> oneToMany = ctx.find(field, Names.ONE_TO_MANY);
            Optional<Ann> manyToMany = ctx.find(field, Names.MANY_TO_MANY);
            int before = t.table.columns.size();
            if (ctx.find(field, Names.ELEMENT_COLLECTION).isPresent()) {
                relations.collectionTable(info, a, scanner).ifPresent(extra::add);
            } else if (manyToMany.isPresent()) {
                if (manyToMany.get().string("mappedBy").isBlank()) {
                    relations.joinTable(info, a, manyToMany.get()).ifPresent(extra::add);
                }
            } else if (oneToMany.isPresent()) {
                if (oneToMany.get().string("mappedBy").isBlank()) {
                    ctx.problem(MappingMessages.UNIDIRECTIONAL_ONE_TO_MANY, ctx.origin(field), info.qualifiedName(),
                            a.path());
                }
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
                        applyGeneration(t, info, a, column, sequences);
                    }
                });
            }
            if (t.table.columns.size() == before + 1) {
                String column = t.table.columns.get(before).name();
                indexes.readFieldLevel(t, field, column);
                ctx.find(field, Names.RENAMED_FROM).ifPresent(r -> columnRenames
                        .computeIfAbsent(info.table(), k -> new TreeMap<>())
                        .put(column, ctx.naming.physical(r.string("value").trim())));
            }
        }
        if (!keyColumns.isEmpty()) {
            t.table.primaryKey = new PrimaryKey(info.table() + "_pkey", keyColumns);
        }
        indexes.readTypeLevel(t, type);
        List<TableAssembly> all = new ArrayList<>();
        all.add(t);
        all.addAll(extra);
        return all;
    }

    /**
     * {@code @GeneratedValue}: IDENTITY makes an identity column; SEQUENCE (and AUTO on a number,
     * which Hibernate 6 runs as SEQUENCE) a sequence named and sized as Hibernate expects:
     * {@code @SequenceGenerator} if declared, else {@code <table>_seq} with increment 50.
     */
    private void applyGeneration(TableAssembly t, EntityInfo info, Attribute a, Column column,
            Map<String, Sequence> sequences) {
        Optional<Ann> generated = ctx.find(a.field(), Names.GENERATED_VALUE);
        if (generated.isEmpty()) {
            return;
        }
        String strategy = Optional.of(generated.get().enumName("strategy")).filter(s -> !s.isEmpty()).orElse("AUTO");
        ColumnType.Kind kind = column.type().kind();
        boolean integral = kind == ColumnType.Kind.BIGINT || kind == ColumnType.Kind.INTEGER || kind == ColumnType.Kind.SMALLINT;
        Origin origin = generated.get().origin("strategy");
        switch (strategy) {
            case "IDENTITY" -> {
                if (!integral) {
                    ctx.problem(MappingMessages.IDENTITY_NOT_INTEGER, origin, t.entity, kind);
                    return;
                }
                t.table.columns.set(t.table.columns.indexOf(column), column.withIdentity(Column.Identity.BY_DEFAULT));
            }
            case "UUID" -> {
                if (kind != ColumnType.Kind.UUID && kind != ColumnType.Kind.VARCHAR) {
                    ctx.problem(MappingMessages.UUID_GENERATION_TYPE, origin, t.entity);
                }
            }
            case "TABLE" -> ctx.problem(MappingMessages.TABLE_GENERATION, origin, t.entity);
            default -> {
                if (kind == ColumnType.Kind.UUID) {
                    return; // AUTO on a UUID generates it in the application
                }
                if (!integral) {
                    ctx.problem(MappingMessages.GENERATION_TYPE, origin, t.entity, strategy);
                    return;
                }
                String generator = generated.get().string("generator").trim();
                Sequence sequence = sequenceFor(info, a, generator);
                Sequence existing = sequences.putIfAbsent(sequence.name(), sequence);
                if (existing != null && !existing.equals(sequence)) {
                    ctx.problem(MappingMessages.SEQUENCE_TWICE, origin, t.entity, sequence.name());
                }
                ctx.source(Ref.sequence(sequence.name()), new Source(ctx.origin(a.field()),
                        sequenceNameOrigin(info, a, generator), t.entity, null));
            }
        }
    }

    /** Where {@code @SequenceGenerator(sequenceName)} (or its name) was written, or null. */
    private Origin sequenceNameOrigin(EntityInfo info, Attribute a, String generator) {
        if (generator.isEmpty()) {
            return null;
        }
        for (Element scope : List.of(a.field(), a.declaringType(), info.type())) {
            Optional<Ann> sg = ctx.find(scope, Names.SEQUENCE_GENERATOR).filter(s -> s.string("name").trim().equals(generator));
            if (sg.isPresent()) {
                ctx.origin(scope);
                return sg.get().has("sequenceName") ? sg.get().origin("sequenceName") : sg.get().origin("name");
            }
        }
        return null;
    }

    private Sequence sequenceFor(EntityInfo info, Attribute a, String generator) {
        if (!generator.isEmpty()) {
            List<Element> scopes = List.of(a.field(), a.declaringType(), info.type());
            for (Element scope : scopes) {
                Optional<Ann> sg = ctx.find(scope, Names.SEQUENCE_GENERATOR)
                        .filter(s -> s.string("name").trim().equals(generator));
                if (sg.isPresent()) {
                    String name = sg.get().string("sequenceName").isBlank() ? generator : sg.get().string("sequenceName").trim();
                    return new Sequence(ctx.naming.physical(name), Math.max(1, sg.get().longValue("initialValue")),
                            sg.get().longValue("allocationSize"));
                }
            }
            return new Sequence(ctx.naming.physical(generator), 1, 50);
        }
        return new Sequence(ctx.naming.physical(info.table() + "_SEQ"), 1, 50);
    }

    private boolean isRelation(Element field) {
        return Ann.has(field, Names.MANY_TO_ONE) || Ann.has(field, Names.ONE_TO_ONE);
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
                String previous = owners.putIfAbsent(name, table.name());
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
