package dev.tablesmith.reading;

import dev.tablesmith.findings.Message;
import dev.tablesmith.findings.ProblemIds;

/** What the reader says about entities it cannot turn into a schema, and about {@code @Allow}s. */
public enum MappingMessages implements Message {
    ALLOW_UNKNOWN_RULE(ProblemIds.INVALID_ALLOW, "@Allow names no rule '%s': valid ids are %s"),
    ALLOW_NEEDS_REASON(ProblemIds.INVALID_ALLOW, "@Allow(\"%s\") needs a reason: say why the rule does not "
            + "apply here, e.g. reason = \"legacy table shared with billing\""),
    ENTITY_INHERITANCE("entity inheritance (%s extends @Entity %s) is not supported yet: make %s a @MappedSuperclass"),
    PROPERTY_ACCESS("mapping annotations on getters (property access) are not supported yet: annotate the fields "
            + "instead"),
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
    TABLE_SCHEMA("@Table(%s) is not supported yet: keep entities in the default schema"),
    ID_ON_RELATION("@Id on a relation (derived identity) is not supported yet: give the entity its own @Id"),
    UNIDIRECTIONAL_ONE_TO_MANY("unidirectional @OneToMany '%s' is not supported yet: map the @ManyToOne on the "
            + "other side and add mappedBy here"),
    IDENTITY_NOT_INTEGER("IDENTITY generation needs an integer id, not %s"),
    UUID_GENERATION_TYPE("UUID generation needs a java.util.UUID or String id"),
    TABLE_GENERATION("TABLE generation is not supported: use IDENTITY or SEQUENCE"),
    GENERATION_TYPE("%s generation needs an integer or UUID id"),
    SEQUENCE_TWICE("sequence '%s' is declared twice with different settings"),
    NAME_IN_TWO_TABLES("name '%s' is used by both table '%s' and table '%s' (indexes and key constraints share one "
            + "namespace): rename one"),
    MAPS_ID("@MapsId (derived identity) is not supported yet: give the entity its own @Id"),
    REFERENCED_COLUMN("referencedColumnName '%s' must name a primary-key column of %s (%s)"),
    ELEMENT_COLLECTION_TYPE("@ElementCollection '%s' needs a Set or List with a type argument (Maps are not "
            + "supported yet)"),
    TARGET_WITHOUT_ID("relation '%s' targets %s, which has no @Id to reference"),
    COLUMN_MAPPED_TWICE("column '%s' of table '%s' is mapped twice: give one of them another name (for an "
            + "embedded value, use @AttributeOverride)"),
    CONVERTER_TYPE("cannot tell the database type of the @Convert converter: give the converter class as "
            + "AttributeConverter<EntityType, DatabaseType>"),
    NO_COLUMN_TYPE("no column type for %s: map it with @Embedded, @Convert, @JdbcTypeCode(SqlTypes.JSON) or "
            + "@Column(columnDefinition = ...)"),
    ARRAY_TYPE_CODE("@JdbcTypeCode(SqlTypes.ARRAY) needs an array or a List/Set with a type argument"),
    TYPE_CODE("@JdbcTypeCode(%s) is not supported yet: give the type with @Column(columnDefinition = ...)"),
    NESTED_ARRAY("nested arrays are not supported"),
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
}
