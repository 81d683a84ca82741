package dev.tablesmith.reading;

import dev.tablesmith.findings.Message;
import dev.tablesmith.findings.ProblemIds;
import dev.tablesmith.findings.Severity;

/** What the reader says about entities it cannot turn into a schema, and about {@code @Allow}s. */
public enum MappingMessages implements Message {
    ALLOW_UNKNOWN_RULE(ProblemIds.INVALID_ALLOW, "@Allow names no rule '%s': valid ids are %s"),
    ALLOW_NEEDS_REASON(ProblemIds.INVALID_ALLOW, "@Allow(\"%s\") needs a reason: say why the rule does not "
            + "apply here, e.g. reason = \"legacy table shared with billing\""),
    ACCESS_IGNORED("mapping annotations on %1$s are ignored: %3$s uses %2$s access (where its hierarchy's @Id is, "
            + "or its @Access), as JPA says: %4$s"),
    INHERITANCE_NOT_ROOT("@Inheritance belongs on the root entity %s: JPA takes the strategy from the root, and "
            + "Hibernate ignores it here"),
    SINGLE_TABLE_SUBCLASS_TABLE("@Table on %s is ignored (as Hibernate ignores it): a SINGLE_TABLE subclass keeps its "
            + "columns in its root's table '%s'; remove it, or give the root @Inheritance(strategy = JOINED)"),
    DISCRIMINATOR_VALUE_MISSING("%s needs a @DiscriminatorValue: its hierarchy's discriminator column is a CHAR, "
            + "which has no default value (Hibernate refuses it too)"),
    DISCRIMINATOR_VALUE_TYPE("@DiscriminatorValue(\"%s\") is not an integer, but the discriminator column '%s' is "
            + "an INTEGER"),
    DISCRIMINATOR_VALUE_LENGTH("@DiscriminatorValue(\"%s\") does not fit the discriminator column '%s' (%s)"),
    DISCRIMINATOR_VALUE_TWICE("discriminator value '%s' is used by both %s and %s: give each entity its own "
            + "@DiscriminatorValue"),
    DISCRIMINATOR_IGNORED("@DiscriminatorColumn is ignored with TABLE_PER_CLASS (each class has its own table): "
            + "remove it"),
    TABLE_PER_CLASS_IDENTITY("IDENTITY generation cannot be used with InheritanceType.TABLE_PER_CLASS (Hibernate "
            + "refuses it: each table would number its rows on its own, so ids would repeat across the hierarchy): "
            + "use GenerationType.SEQUENCE or AUTO, whose sequence the tables share"),
    PK_JOIN_COLUMN("@PrimaryKeyJoinColumn referencedColumnName '%s' must name a primary-key column of %s (%s)"),
    DOT_IN_NAME("%s '%s' contains a dot: name the schema with @Table(schema = ...), not in the name"),
    NAMESPACE_UNSUPPORTED("%s: %s has no schemas or databases to put a table in (Hibernate would silently ignore "
            + "it): remove it, or leave %s out of -Atablesmith.dialect"),
    NAMESPACE_IGNORED("@%s(%s = \"%s\") is ignored on %s, as Hibernate ignores it there (%s): the table goes into "
            + "the default %s; remove it, or name the %s"),
    NAMESPACE_DISAGREES("the dialects read this table's namespace from different members (%s): Hibernate puts it in "
            + "%s; give schema and catalog the same value so every database has it in one place"),
    SECONDARY_TABLE_UNKNOWN("table = \"%s\" names no table of %s: declare it with @SecondaryTable(name = \"%s\"), "
            + "or name one of: %s"),
    OPTIONS_REFUSED("@%s(options = \"%s\") is raw SQL that Hibernate 7 appends to its DDL; Tablesmith does not "
            + "write it, since it cannot check what the fragment does or that it is safe: remove it, or say it with "
            + "@Check, @TableIndex, @Default or columnDefinition"),
    GENERATOR_TABLE_TWICE("table generator table '%s' is declared twice with different columns (%s, and %s here): "
            + "give both the same pkColumnName and valueColumnName, or use another table"),
    ATTRIBUTE_TYPE("attribute '%s': %s"),
    CHECK_EMPTY("check '%s' has an empty expression: write the condition, e.g. \"total >= 0\""),
    CHECK_NAME_TWICE("check constraint name '%s' is used twice on table '%s': give each check its own name"),
    UNIQUE_NO_COLUMNS("@UniqueConstraint names no columns: list them in columnNames"),
    INDEX_NO_COLUMNS("@Index names no columns: list them in columnList"),
    TABLE_INDEX_EMPTY("@TableIndex needs columns or an expression"),
    INDEX_NAME_TWICE("index name '%s' is used twice on table '%s': give the second index its own name"),
    EXCLUSION_ELEMENT("exclusion element '%s' must read '<column or expression> WITH <operator>', "
            + "e.g. \"room_id WITH =\""),
    EXCLUSION_EMPTY("@Exclusion needs elements, e.g. {\"room_id WITH =\", \"tstzrange(starts_at, ends_at) WITH &&\"}"),
    INDEX_NULLS("'%s': NULLS must be followed by FIRST or LAST"),
    INDEX_ELEMENT("cannot read index column '%s': write '<column> [opclass] [ASC|DESC] [NULLS FIRST|LAST]'"),
    UNKNOWN_COLUMN("%s names column '%s', which table '%s' does not have; its columns are: %s"),
    TABLE_MAPPED_TWICE("table '%s' is mapped by both %s and %s: give one of them another @Table(name)"),
    IDENTITY_NOT_INTEGER("IDENTITY generation needs an integer id, not %s"),
    UUID_GENERATION_TYPE("UUID generation needs a java.util.UUID or String id"),
    GENERATION_TYPE("%s generation needs an integer or UUID id"),
    SEQUENCE_TWICE("sequence '%s' is declared twice with different settings"),
    NAME_IN_TWO_TABLES("name '%s' is used by both table '%s' and table '%s' (indexes and key constraints share one "
            + "namespace): rename one"),
    REFERENCED_COLUMN("referencedColumnName '%s' names no column of %s; its columns are: %s"),
    REFERENCED_NOT_UNIQUE("the foreign key references %s(%s), which is neither its primary key nor unique, so no "
            + "database can enforce it (PostgreSQL refuses it): declare those columns unique, e.g. "
            + "@Column(unique = true), @NaturalId or @Table(uniqueConstraints)"),
    ELEMENT_COLLECTION_TYPE("@ElementCollection '%s' needs a Set, List, Collection or Map with type arguments"),
    ELEMENT_COLLECTION_OF_ENTITY("@ElementCollection '%s' holds entities (%s), which have tables of their own: map "
            + "it with @OneToMany or @ManyToMany"),
    MAP_KEY_TYPE("cannot tell the key type of Map '%s': declare it Map<K, V> with type arguments, or give "
            + "@MapKeyClass"),
    COMPOSITE_MAP_KEY("Map '%s' is keyed by %s, whose primary key has several columns: name each with "
            + "@MapKeyJoinColumns"),
    ONE_TO_MANY_MAP_JOIN_COLUMN("a unidirectional @OneToMany Map with @JoinColumn keeps its key in the target's "
            + "table, which Tablesmith does not write yet: key it by an attribute of the target with "
            + "@MapKey(name = ...), or drop @JoinColumn for a join table"),
    MAPPED_BY_UNKNOWN("mappedBy = \"%s\" names no @ManyToOne or @OneToOne of %s that maps this relation back to %s"),
    ANY("@%s (a reference to one of several entities) has no foreign key Tablesmith could write: map one relation "
            + "per target entity"),
    MAPS_ID_UNKNOWN("@MapsId(\"%s\") names no attribute of the @EmbeddedId; it has: %s"),
    MAPS_ID_WITHOUT_ID("@MapsId needs an @Id or @EmbeddedId in %s for the relation to map"),
    TARGET_WITHOUT_ID("relation '%s' targets %s, which has no @Id to reference"),
    COLUMN_MAPPED_TWICE("column '%s' of table '%s' is mapped twice: give one of them another name (for an "
            + "embedded value, use @AttributeOverride), or mark one insertable = false, updatable = false"),
    SHARED_COLUMN_TYPE("column '%s' is mapped by '%s' as %s and by '%s' as %s: give both the same type"),
    CONVERTER_TYPE("cannot tell the database type of the @Convert converter: give the converter class as "
            + "AttributeConverter<EntityType, DatabaseType>"),
    NO_COLUMN_TYPE("no column type for %s: map it with @Embedded, @Convert, @JdbcTypeCode(SqlTypes.JSON) or "
            + "@Column(columnDefinition = ...)"),
    SERIALIZED_TYPE("no column type for %s: Hibernate would serialize it (VARBINARY, or JSON when Jackson is on the "
            + "class path, so the table would depend on the class path); map it with @Embedded, @Convert, "
            + "@JdbcTypeCode(SqlTypes.JSON) or @Lob"),
    UNMAPPED_COLLECTION("a %s without @ElementCollection, @OneToMany or @ManyToMany: Hibernate would store it in one "
            + "column, as JSON or an array depending on the class path; map it with @ElementCollection, a relation, "
            + "or @JdbcTypeCode(SqlTypes.JSON)"),
    WRAPPER_ARRAY("Hibernate 6.2+ refuses %s by default (hibernate.type.wrapper_array_handling): declare it as %s"),
    CUSTOM_TYPE("@%s chooses the column type in code that runs with Hibernate, which Tablesmith cannot read: give "
            + "the type with @Column(columnDefinition = ...)"),
    TIME_ZONE_COLUMN("@TimeZoneStorage(%s) keeps the offset in a second column, which Tablesmith does not write yet: "
            + "use NORMALIZE_UTC or NATIVE, or map the offset as an attribute of its own"),
    FLOAT_SCALE("a scale on a floating-point column, which Hibernate refuses (\"scale has no meaning for SQL floating "
            + "point types\"): drop the scale, or map the value as BigDecimal"),
    FLOAT_PRECISION("precision = %s asks for %s binary digits, more than a DOUBLE holds (53, about 15 decimal "
            + "digits): map the value as BigDecimal"),
    ARRAY_TYPE_CODE("@JdbcTypeCode(SqlTypes.ARRAY) needs an array or a List/Set with a type argument"),
    TYPE_CODE("@JdbcTypeCode(%s) has no column type in Hibernate 6.6 on PostgreSQL, MariaDB or SQLite: give the "
            + "type with @Column(columnDefinition = ...)"),
    ENUM_TYPE_CODE("@JdbcTypeCode(%s) asks for a database enum type (MariaDB's ENUM, PostgreSQL's CREATE TYPE), which "
            + "Tablesmith does not write: use @Enumerated(EnumType.STRING), a VARCHAR with a CHECK of the names"),
    NESTED_ARRAY("nested arrays are not supported"),
    DEPRECATED_NOT_NULL(ProblemIds.MAPPING_NOTE, "'%s' is @Deprecated but declares its column NOT NULL (%s): the column "
            + "stays NOT NULL and is not marked deprecated, so it cannot be dropped yet; to start a safe drop, remove "
            + "%s in this release"),
    EMBEDDABLE_CYCLE("embeddable %s contains itself through '%s': an embeddable cannot hold itself, directly or "
            + "through another embeddable (its columns would never end); map the inner one as a relation"),
    ENTITY_RECORD("@Entity on a record: JPA creates entities with a no-argument constructor and sets their fields, "
            + "which a record cannot have; make it a class, or map the record as an @Embeddable"),
    ENTITY_NOT_A_CLASS("@Entity on an enum, interface or annotation type: only a class can be an entity; map an "
            + "enum with @Enumerated on a field of an entity"),
    ENTITY_INNER_CLASS("@Entity on an inner, local or anonymous class: JPA cannot create it without an enclosing "
            + "instance; make it a top-level or static nested class"),
    ENTITY_ABSTRACT("@Entity on an abstract class that no entity extends: nothing can be stored in its table; make "
            + "it concrete, or a @MappedSuperclass of the entities that share its fields");

    private final String id;
    private final String template;

    MappingMessages(String template) {
        this(ProblemIds.INVALID_MAPPING, template);
    }

    MappingMessages(String id, String template) {
        this.id = id;
        this.template = template;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String template() {
        return template;
    }

    /** The reader's notes that do not stop the build are warnings; every other message is an error. */
    @Override
    public Severity defaultSeverity() {
        return switch (this) {
            case ACCESS_IGNORED, DEPRECATED_NOT_NULL, DISCRIMINATOR_IGNORED, INHERITANCE_NOT_ROOT, NAMESPACE_IGNORED,
                    SINGLE_TABLE_SUBCLASS_TABLE -> Severity.WARNING;
            default -> null;
        };
    }
}
