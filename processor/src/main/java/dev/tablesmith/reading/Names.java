package dev.tablesmith.reading;

/** Qualified names of the annotations Tablesmith reads. */
final class Names {
    private Names() {}

    private static final String JPA = "jakarta.persistence.";
    static final String ENTITY = JPA + "Entity";
    static final String TABLE = JPA + "Table";
    static final String MAPPED_SUPERCLASS = JPA + "MappedSuperclass";
    static final String EMBEDDABLE = JPA + "Embeddable";
    static final String EMBEDDED = JPA + "Embedded";
    static final String EMBEDDED_ID = JPA + "EmbeddedId";
    static final String ID_CLASS = JPA + "IdClass";
    static final String COLUMN = JPA + "Column";
    static final String ID = JPA + "Id";
    static final String GENERATED_VALUE = JPA + "GeneratedValue";
    static final String SEQUENCE_GENERATOR = JPA + "SequenceGenerator";
    static final String MANY_TO_ONE = JPA + "ManyToOne";
    static final String ONE_TO_ONE = JPA + "OneToOne";
    static final String ONE_TO_MANY = JPA + "OneToMany";
    static final String MANY_TO_MANY = JPA + "ManyToMany";
    static final String JOIN_COLUMN = JPA + "JoinColumn";
    static final String JOIN_COLUMNS = JPA + "JoinColumns";
    static final String JOIN_TABLE = JPA + "JoinTable";
    static final String MAPS_ID = JPA + "MapsId";
    static final String ELEMENT_COLLECTION = JPA + "ElementCollection";
    static final String COLLECTION_TABLE = JPA + "CollectionTable";
    static final String ORDER_COLUMN = JPA + "OrderColumn";
    static final String ENUMERATED = JPA + "Enumerated";
    static final String LOB = JPA + "Lob";
    static final String VERSION = JPA + "Version";
    static final String TRANSIENT = JPA + "Transient";
    static final String TEMPORAL = JPA + "Temporal";
    static final String CONVERT = JPA + "Convert";
    static final String ATTRIBUTE_OVERRIDE = JPA + "AttributeOverride";
    static final String ATTRIBUTE_OVERRIDES = JPA + "AttributeOverrides";
    static final String INHERITANCE = JPA + "Inheritance";
    static final String ACCESS = JPA + "Access";
    static final String SECONDARY_TABLE = JPA + "SecondaryTable";
    static final String SECONDARY_TABLES = JPA + "SecondaryTables";
    static final String DISCRIMINATOR_COLUMN = JPA + "DiscriminatorColumn";
    static final String DISCRIMINATOR_VALUE = JPA + "DiscriminatorValue";
    static final String PRIMARY_KEY_JOIN_COLUMN = JPA + "PrimaryKeyJoinColumn";
    static final String PRIMARY_KEY_JOIN_COLUMNS = JPA + "PrimaryKeyJoinColumns";
    static final String TABLE_GENERATOR = JPA + "TableGenerator";
    static final String ATTRIBUTE_CONVERTER = JPA + "AttributeConverter";

    private static final String BV = "jakarta.validation.constraints.";
    static final String NOT_NULL = BV + "NotNull";
    static final String NOT_BLANK = BV + "NotBlank";
    static final String NOT_EMPTY = BV + "NotEmpty";
    static final String SIZE = BV + "Size";
    static final String POSITIVE = BV + "Positive";
    static final String POSITIVE_OR_ZERO = BV + "PositiveOrZero";
    static final String NEGATIVE = BV + "Negative";
    static final String NEGATIVE_OR_ZERO = BV + "NegativeOrZero";
    static final String MIN = BV + "Min";
    static final String MAX = BV + "Max";
    static final String DIGITS = BV + "Digits";
    static final String HV_LENGTH = "org.hibernate.validator.constraints.Length";

    private static final String HIBERNATE = "org.hibernate.annotations.";
    static final String H_COMMENT = HIBERNATE + "Comment";
    static final String H_CHECK = HIBERNATE + "Check";
    static final String H_CHECKS = HIBERNATE + "Checks";
    static final String H_COLUMN_DEFAULT = HIBERNATE + "ColumnDefault";
    static final String H_ON_DELETE = HIBERNATE + "OnDelete";
    static final String H_JDBC_TYPE_CODE = HIBERNATE + "JdbcTypeCode";
    static final String H_CREATION_TIMESTAMP = HIBERNATE + "CreationTimestamp";
    static final String H_UPDATE_TIMESTAMP = HIBERNATE + "UpdateTimestamp";
    static final String H_UUID_GENERATOR = HIBERNATE + "UuidGenerator";
    static final String H_DISCRIMINATOR_FORMULA = HIBERNATE + "DiscriminatorFormula";

    private static final String TS = "dev.tablesmith.annotations.";
    static final String COMMENT = TS + "Comment";
    static final String CHECK = TS + "Check";
    static final String CHECK_LIST = TS + "Check.List";
    static final String TABLE_INDEX = TS + "TableIndex";
    static final String TABLE_INDEX_LIST = TS + "TableIndex.List";
    static final String ON_DELETE = TS + "OnDelete";
    static final String DEFAULT = TS + "Default";
    static final String EXCLUSION = TS + "Exclusion";
    static final String EXCLUSION_LIST = TS + "Exclusion.List";
    static final String DENORMALIZED = TS + "Denormalized";
    static final String RENAMED_FROM = TS + "RenamedFrom";
    static final String ALLOW = TS + "Allow";
    static final String ALLOW_LIST = TS + "Allow.List";
    static final String DEPRECATED = "java.lang.Deprecated";
}
