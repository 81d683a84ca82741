package dev.tablesmith.rules.integrity;

import dev.tablesmith.findings.Message;
import dev.tablesmith.findings.Severity;

/** What the integrity rules say. Fields are named as written in Java, so an inherited one reads the same everywhere. */
public enum IntegrityMessages implements Message {
    NO_PRIMARY_KEY("primary-key-required", "table '%s' has no primary key: add an @Id field (or @EmbeddedId)"),
    NO_PRIMARY_KEY_COLLECTION("primary-key-required", "table '%s' has no primary key: declare the collection as a "
            + "Set, or add an @OrderColumn, so rows have a key"),
    TARGET_NOT_AN_ENTITY("fk-target-entity", "relation '%s' targets %s, which is not an @Entity: annotate it with "
            + "@Entity, or map it as @Embedded"),
    /** The last argument is the {@code @TableIndex} to declare. */
    FK_NOT_INDEXED("fk-index", "no index leads with the columns of foreign key '%s' (%s), so joins and deletes in "
            + "'%s' scan '%s': declare %s"),
    /**
     * A declared index has the generated name but cannot serve the key. Arguments: the key, its columns, the
     * referenced table, the table, the index name, why it cannot serve.
     */
    FK_INDEX_NAME_TAKEN("fk-index", "no index leads with the columns of foreign key '%1$s' (%2$s), so joins and "
            + "deletes in '%3$s' scan '%4$s': the declared index '%5$s' has the name of the index Tablesmith adds for "
            + "it but cannot serve the key (%6$s); give that index another name, and Tablesmith adds %5$s"),
    NO_TIMESTAMPS("standard-timestamps", "table '%s' has neither created_at nor updated_at: extend a "
            + "@MappedSuperclass that declares `@CreationTimestamp @Column(nullable = false, updatable = false) "
            + "Instant createdAt` and `@UpdateTimestamp @Column(nullable = false) Instant updatedAt`"),
    NO_CREATED_AT("standard-timestamps", "table '%s' has no created_at: add `@CreationTimestamp @Column(nullable = "
            + "false, updatable = false) Instant createdAt` (or extend a @MappedSuperclass that declares both "
            + "timestamps)"),
    NO_UPDATED_AT("standard-timestamps", "table '%s' has no updated_at: add `@UpdateTimestamp @Column(nullable = "
            + "false) Instant updatedAt` (or extend a @MappedSuperclass that declares both timestamps)"),
    TIMESTAMP_NOT_A_POINT_IN_TIME("standard-timestamps", "column '%s' is %s, not a point in time: declare it as "
            + "`%s Instant`, stored as TIMESTAMP WITH TIME ZONE"),
    TIMESTAMP_NULLABLE("standard-timestamps", "column '%s' may be null: every row has one, so declare it "
            + "`@Column(nullable = false)` and let %s fill it"),
    TIMESTAMP_DEFAULT("standard-timestamps", "column '%s' defaults to %s instead of now(): remove the "
            + "@Default/@ColumnDefault, and Tablesmith writes DEFAULT now()"),
    TIMESTAMP_NO_DEFAULT("standard-timestamps", "column '%s' defaults to nothing instead of now(): remove the "
            + "@Default/@ColumnDefault, and Tablesmith writes DEFAULT now()"),
    WITHOUT_TIME_ZONE("timestamp-with-time-zone", "field '%s' is a %s, stored as TIMESTAMP WITHOUT TIME ZONE: "
            + "which instant it means depends on the writer's time zone; declare it as Instant or OffsetDateTime "
            + "(TIMESTAMP WITH TIME ZONE)"),
    DEFINITION_WITHOUT_TIME_ZONE("timestamp-with-time-zone", "field '%s' is declared as '%s', a timestamp without "
            + "time zone: write columnDefinition = \"timestamp with time zone\" and declare the field as Instant or "
            + "OffsetDateTime"),
    DEFAULT_VARCHAR_LENGTH("varchar-length", "%s field '%s' is VARCHAR(%s) only because that is the default length: "
            + "give the length the data needs with @Column(length = ...) or @Size(max = ...), or store it as TEXT with "
            + "@JdbcTypeCode(SqlTypes.LONG32VARCHAR)"),
    ENUM_ORDINAL("enum-check", "enum field '%s' is stored by ordinal: inserting or reordering constants of %s "
            + "silently changes what stored rows mean; store the name with @Enumerated(EnumType.STRING)"),
    /** Arguments: the column, the table, the check's name, the enum type. */
    ENUM_WITHOUT_CONSTANTS("enum-check", "enum column '%1$s' of table '%2$s' has no CHECK constraint '%3$s' limiting "
            + "it to the names of %4$s, which has no constants: add them, and Tablesmith writes CHECK (%1$s IN (...))"),
    DECIMAL_WITHOUT_SCALE("money-precision", "BigDecimal field '%s' has no precision and scale, so it becomes "
            + "NUMERIC(38, 2) and every value is rounded to 2 decimals: give both, e.g. @Column(precision = 12, "
            + "scale = 2) or @Digits(integer = 10, fraction = 2)"),
    /** A warning by default: a float may be a deliberate approximation. */
    FLOATING_MONEY("money-precision", Severity.WARNING, "field '%s' looks like money but is a %s, which cannot hold "
            + "amounts such as 0.10 exactly: declare it as BigDecimal with @Column(precision = 12, scale = 2)"),
    DENORMALIZED_WITHOUT_REASON("denormalization-documented", "@Denormalized on field '%s' gives no reason: say what "
            + "it copies and what keeps it consistent, e.g. reason = \"copied from products.price at checkout, which "
            + "may change later\""),
    UNDOCUMENTED_COPY("denormalization-documented", "column '%s' looks like a copy of %s.%s (through foreign key %s) "
            + "without @Denormalized: if it is one, say why and what keeps it current with @Denormalized(reason = "
            + "\"...\"); if not, give it a name that does not repeat the foreign key's");

    private final String id;
    private final Severity defaultSeverity;
    private final String template;

    IntegrityMessages(String id, String template) {
        this(id, null, template);
    }

    IntegrityMessages(String id, Severity defaultSeverity, String template) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.template = template;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public String template() {
        return template;
    }
}
