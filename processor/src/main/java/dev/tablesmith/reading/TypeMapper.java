package dev.tablesmith.reading;

import dev.tablesmith.model.ColumnFacts.EnumStorage;
import dev.tablesmith.model.ColumnType.Kind;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Origin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Java attribute types to column types, as Hibernate ORM 6.6 maps them (its {@code JavaType}
 * descriptors' default JDBC types, lengths, precisions and scales), so its schema validator passes
 * and its own DDL has the same columns. The dialect-specific part of Hibernate's choice (a byte is
 * {@code smallint} on PostgreSQL and {@code tinyint} elsewhere, a long VARCHAR is MariaDB's
 * {@code text}) is left to each dialect's rendering of the {@link Kind}.
 *
 * <p>What decides a type is read from {@link Hints}: an attribute's own annotations, or for a
 * {@code Map}'s key the {@code @MapKey...} ones. Where Hibernate's column type depends on run-time
 * configuration (a serialized class, which becomes JSON when Jackson is on the class path, a
 * {@code @Type}) the mapping is refused with what to write instead, never guessed.
 */
final class TypeMapper {
    static final int DEFAULT_LENGTH = 255;
    static final int DEFAULT_PRECISION = 38;
    static final int DEFAULT_SCALE = 2;
    static final int TIME_PRECISION = 6;
    /** Hibernate's {@code Length.LONG}: the default length of the LONGVARCHAR and LONGVARBINARY codes. */
    static final int LONG_LENGTH = 32_600;
    /** Hibernate's {@code Length.LONG32}: LONG32VARBINARY. */
    static final int LONG32_LENGTH = Integer.MAX_VALUE;
    /** Hibernate's ordinal enum is a TINYINT up to this many constants, a SMALLINT beyond. */
    static final int TINYINT_ENUM_CONSTANTS = 128;
    /** Binary digits of Hibernate's single-precision float (REAL), and the most a DOUBLE holds. */
    static final int REAL_BITS = 24;
    static final int DOUBLE_BITS = 53;

    /** Types whose column ignores length, precision and scale. */
    private static final Map<String, ColumnType> FIXED = Map.ofEntries(
            Map.entry("boolean", ColumnType.of(Kind.BOOLEAN)),
            Map.entry("java.lang.Boolean", ColumnType.of(Kind.BOOLEAN)),
            Map.entry("byte", ColumnType.of(Kind.TINYINT)),
            Map.entry("java.lang.Byte", ColumnType.of(Kind.TINYINT)),
            Map.entry("short", ColumnType.of(Kind.SMALLINT)),
            Map.entry("java.lang.Short", ColumnType.of(Kind.SMALLINT)),
            Map.entry("int", ColumnType.of(Kind.INTEGER)),
            Map.entry("java.lang.Integer", ColumnType.of(Kind.INTEGER)),
            Map.entry("long", ColumnType.of(Kind.BIGINT)),
            Map.entry("java.lang.Long", ColumnType.of(Kind.BIGINT)),
            Map.entry("java.util.UUID", ColumnType.of(Kind.UUID)),
            Map.entry("java.time.LocalDate", ColumnType.of(Kind.DATE)),
            Map.entry("java.sql.Date", ColumnType.of(Kind.DATE)),
            Map.entry("java.time.LocalTime", ColumnType.temporal(Kind.TIME, TIME_PRECISION)),
            Map.entry("java.sql.Time", ColumnType.temporal(Kind.TIME, TIME_PRECISION)),
            // normalised to UTC in a plain TIME; Hibernate gives it no fractional digits on SQLite
            Map.entry("java.time.OffsetTime", ColumnType.of(Kind.TIME)),
            Map.entry("java.time.LocalDateTime", ColumnType.temporal(Kind.TIMESTAMP, TIME_PRECISION)),
            Map.entry("java.sql.Timestamp", ColumnType.temporal(Kind.TIMESTAMP, TIME_PRECISION)),
            Map.entry("java.time.Instant", ColumnType.temporal(Kind.TIMESTAMP_TZ, TIME_PRECISION)),
            Map.entry("java.time.OffsetDateTime", ColumnType.temporal(Kind.TIMESTAMP_TZ, TIME_PRECISION)),
            Map.entry("java.time.ZonedDateTime", ColumnType.temporal(Kind.TIMESTAMP_TZ, TIME_PRECISION)),
            Map.entry("java.time.Year", ColumnType.of(Kind.INTEGER)),
            Map.entry("java.net.InetAddress", ColumnType.of(Kind.INET)),
            Map.entry("java.net.Inet4Address", ColumnType.of(Kind.INET)),
            Map.entry("java.net.Inet6Address", ColumnType.of(Kind.INET)),
            Map.entry("java.sql.Blob", ColumnType.of(Kind.BLOB)),
            Map.entry("java.sql.Clob", ColumnType.of(Kind.CLOB)),
            Map.entry("java.sql.NClob", ColumnType.of(Kind.CLOB)));

    /** Types stored as VARCHAR: the column's length, else their own default. */
    private static final Map<String, Integer> STRINGS = Map.of(
            "java.lang.String", DEFAULT_LENGTH,
            "java.util.Currency", 3,
            "java.time.ZoneOffset", 6,
            "java.time.ZoneId", DEFAULT_LENGTH,
            "java.util.Locale", DEFAULT_LENGTH,
            "java.util.TimeZone", DEFAULT_LENGTH,
            "java.net.URL", DEFAULT_LENGTH,
            "java.lang.Class", DEFAULT_LENGTH);

    /** Types stored as NUMERIC, with their default precision and scale. */
    private static final Map<String, int[]> DECIMALS = Map.of(
            "java.math.BigDecimal", new int[] {DEFAULT_PRECISION, DEFAULT_SCALE},
            "java.math.BigInteger", new int[] {DEFAULT_PRECISION, 0},
            "java.time.Duration", new int[] {21, 0}); // nanoseconds

    /** Default length of a type forced into CHAR/VARCHAR by {@code @JdbcTypeCode} (its string form). */
    private static final Map<String, Integer> CHAR_LENGTHS = Map.ofEntries(
            Map.entry("java.util.UUID", 36),
            Map.entry("boolean", 1), Map.entry("java.lang.Boolean", 1),
            Map.entry("char", 1), Map.entry("java.lang.Character", 1),
            Map.entry("byte", 4), Map.entry("java.lang.Byte", 4),
            Map.entry("short", 6), Map.entry("java.lang.Short", 6),
            Map.entry("int", 11), Map.entry("java.lang.Integer", 11),
            Map.entry("long", 20), Map.entry("java.lang.Long", 20));

    /** Hibernate's own boolean converters and the values their CHECK allows. */
    private static final Map<String, List<String>> BOOLEAN_CONVERTERS = Map.of(
            "org.hibernate.type.YesNoConverter", List.of("'N'", "'Y'"),
            "org.hibernate.type.TrueFalseConverter", List.of("'F'", "'T'"),
            "org.hibernate.type.NumericBooleanConverter", List.of("0", "1"));

    /** Hibernate annotations that choose the type in code Tablesmith cannot run. */
    private static final List<String> CUSTOM_TYPES = List.of(Names.H_TYPE, Names.H_JAVA_TYPE, Names.H_JDBC_TYPE,
            Names.H_COMPOSITE_TYPE);

    private final Elements elements;
    private final Types types;

    TypeMapper(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * The mapping of one value, or the reason it has none.
     *
     * @param allowed the only values a Hibernate converter writes ({@code 'N'}, {@code 'Y'}), for a
     *     CHECK; empty otherwise
     * @param at where to report the error (an annotation value), or null for the attribute
     */
    record Mapped(ColumnType type, boolean lengthExplicit, boolean precisionExplicit,
            EnumStorage enumStorage, List<String> enumConstants, List<String> allowed, String error, Origin at) {
        static Mapped error(Origin at, MappingMessages message, Object... args) {
            return new Mapped(null, false, false, null, List.of(), List.of(), message.format(args), at);
        }

        static Mapped of(ColumnType type) {
            return new Mapped(type, false, false, null, List.of(), List.of(), null, null);
        }

        static Mapped sized(ColumnType type, boolean lengthExplicit) {
            return new Mapped(type, lengthExplicit, false, null, List.of(), List.of(), null, null);
        }

        Mapped withAllowed(List<String> values) {
            return new Mapped(type, lengthExplicit, precisionExplicit, enumStorage, enumConstants, values, error, at);
        }

        boolean ok() {
            return error == null;
        }
    }

    /**
     * What decides one value's type: an attribute's annotations ({@link #value}) or a map key's
     * ({@link #mapKey}).
     *
     * @param column the effective {@code @Column} (an override wins), or {@code @MapKeyColumn}
     * @param validation Bean Validation applies ({@code @Size} to a String, {@code @Digits})
     */
    record Hints(Element element, Optional<Ann> column, Optional<Ann> enumerated, Optional<Ann> temporal, boolean lob,
            Optional<Ann> typeCode, Optional<Ann> convert, Optional<Ann> timeZoneStorage, boolean validation) {
        /** The same without what a converter replaces: the value handed to the database is the converter's. */
        Hints converted() {
            return new Hints(element, column, Optional.empty(), Optional.empty(), lob, typeCode, Optional.empty(),
                    Optional.empty(), validation);
        }

        Hints withoutTypeCode() {
            return new Hints(element, column, enumerated, temporal, lob, Optional.empty(), convert, timeZoneStorage,
                    validation);
        }
    }

    /** The hints of an attribute, or of the elements of an element collection. */
    Hints value(Element element, Optional<Ann> column) {
        return new Hints(element, column, Ann.find(element, Names.ENUMERATED, elements),
                Ann.find(element, Names.TEMPORAL, elements), Ann.has(element, Names.LOB),
                Ann.find(element, Names.H_JDBC_TYPE_CODE, elements), convert(element, "value"),
                Ann.find(element, Names.H_TIME_ZONE_STORAGE, elements), true);
    }

    /** The hints of a map's key: {@code @MapKeyColumn}, {@code @MapKeyEnumerated}, {@code @MapKeyTemporal}. */
    Hints mapKey(Element element) {
        return new Hints(element, Ann.find(element, Names.MAP_KEY_COLUMN, elements),
                Ann.find(element, Names.MAP_KEY_ENUMERATED, elements),
                Ann.find(element, Names.MAP_KEY_TEMPORAL, elements), false,
                Ann.find(element, Names.H_MAP_KEY_JDBC_TYPE_CODE, elements), convert(element, "key"),
                Optional.empty(), false);
    }

    /**
     * The {@code @Convert} that applies: one without {@code attributeName}, or for a collection's
     * elements {@code attributeName = "value"} / its map key {@code "key"}; a
     * {@code disableConversion} one counts as none.
     */
    private Optional<Ann> convert(Element element, String role) {
        for (Ann c : Ann.findAll(element, Names.CONVERT, Names.CONVERTS, elements)) {
            String name = c.string("attributeName").trim();
            boolean applies = role.equals("key") ? name.equals("key") : name.isEmpty() || name.equals("value");
            if (applies) {
                return c.bool("disableConversion") ? Optional.empty() : Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Maps one basic value of Java type {@code type}. */
    Mapped map(TypeMirror type, Hints h) {
        Optional<Ann> columnDefinition = h.column().filter(c -> !c.string("columnDefinition").isBlank());
        if (columnDefinition.isPresent()) {
            // raw SQL from the annotation, written as given (issue 11 reviews what it may contain)
            return new Mapped(ColumnType.custom(columnDefinition.get().string("columnDefinition").trim()),
                    true, true, enumStorage(type, h), enumConstants(type), List.of(), null, null);
        }
        for (String custom : CUSTOM_TYPES) {
            Optional<Ann> a = Ann.find(h.element(), custom, elements);
            if (a.isPresent()) {
                return Mapped.error(a.get().origin(), MappingMessages.CUSTOM_TYPE, simpleName(custom));
            }
        }
        if (h.convert().isPresent()) {
            Ann convert = h.convert().get();
            TypeMirror converter = convert.type("converter");
            TypeMirror dbType = converterDatabaseType(converter);
            if (dbType == null) {
                return Mapped.error(convert.origin("converter"), MappingMessages.CONVERTER_TYPE);
            }
            Mapped mapped = map(dbType, h.converted());
            List<String> allowed = BOOLEAN_CONVERTERS.get(qualifiedName(converter));
            return allowed != null && mapped.ok() ? mapped.withAllowed(allowed) : mapped;
        }
        if (h.typeCode().isPresent()) {
            return byTypeCode(h.typeCode().get(), type, h);
        }
        return byJavaType(type, h);
    }

    private Mapped byJavaType(TypeMirror type, Hints h) {
        String name = qualifiedName(type);
        if (isEnum(type)) {
            return enumMapping(type, h, enumStorage(type, h));
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return arrayMapping((ArrayType) type, h);
        }
        if (h.lob()) {
            if (name.equals("java.lang.String") || name.equals("java.sql.Clob") || name.equals("java.sql.NClob")) {
                return Mapped.sized(ColumnType.sized(Kind.CLOB, explicitLength(h)), explicitLength(h) != null);
            }
            // any other @Lob value is serialized into a binary large object
            return Mapped.sized(ColumnType.sized(Kind.BLOB, explicitLength(h)), explicitLength(h) != null);
        }
        Integer stringLength = STRINGS.get(name);
        if (stringLength != null) {
            Length length = length(h, name.equals("java.lang.String"), stringLength);
            return Mapped.sized(ColumnType.varchar(length.value), length.explicit);
        }
        int[] decimal = DECIMALS.get(name);
        if (decimal != null) {
            return decimal(h, decimal[0], decimal[1]);
        }
        if (name.equals("float") || name.equals("java.lang.Float")) {
            return floating(h, REAL_BITS);
        }
        if (name.equals("double") || name.equals("java.lang.Double")) {
            return floating(h, DOUBLE_BITS);
        }
        if (name.equals("char") || name.equals("java.lang.Character")) {
            Length length = length(h, false, 1);
            return Mapped.sized(ColumnType.chars(length.value), length.explicit);
        }
        if (name.equals("java.util.Date") || name.equals("java.util.Calendar")) {
            String kind = h.temporal().map(t -> t.enumName("value")).orElse("TIMESTAMP");
            return Mapped.of(switch (kind) {
                case "DATE" -> ColumnType.of(Kind.DATE);
                case "TIME" -> ColumnType.temporal(Kind.TIME, TIME_PRECISION);
                default -> ColumnType.temporal(Kind.TIMESTAMP, TIME_PRECISION);
            });
        }
        ColumnType fixed = FIXED.get(name);
        if (fixed != null) {
            return timeZoneStorage(fixed, h);
        }
        if (isCollection(type)) {
            return Mapped.error(null, MappingMessages.UNMAPPED_COLLECTION, simpleTypeName(type));
        }
        if (isSerializable(type)) {
            return Mapped.error(null, MappingMessages.SERIALIZED_TYPE, name);
        }
        return Mapped.error(null, MappingMessages.NO_COLUMN_TYPE, name);
    }

    /**
     * {@code @TimeZoneStorage}: NORMALIZE keeps the local date-time of the JVM's zone (a plain
     * TIMESTAMP), NORMALIZE_UTC and NATIVE keep the instant; COLUMN and AUTO need a second column
     * for the offset, which Tablesmith does not write.
     */
    private Mapped timeZoneStorage(ColumnType fixed, Hints h) {
        if (h.timeZoneStorage().isEmpty() || fixed.kind() != Kind.TIMESTAMP_TZ) {
            return Mapped.of(fixed);
        }
        Ann storage = h.timeZoneStorage().get();
        return switch (storage.enumName("value")) {
            case "NORMALIZE" -> Mapped.of(ColumnType.temporal(Kind.TIMESTAMP, TIME_PRECISION));
            case "COLUMN", "AUTO" -> Mapped.error(storage.origin("value"), MappingMessages.TIME_ZONE_COLUMN,
                    storage.enumName("value"));
            default -> Mapped.of(fixed);
        };
    }

    private Mapped enumMapping(TypeMirror type, Hints h, EnumStorage storage) {
        List<String> constants = enumConstants(type);
        if (storage == EnumStorage.STRING) {
            Length length = length(h, false, DEFAULT_LENGTH);
            // Hibernate: a STRING enum in a column of length 1 is CHAR(1)
            ColumnType column = length.explicit && length.value == 1 ? ColumnType.chars(1) : ColumnType.varchar(length.value);
            return new Mapped(column, length.explicit, false, storage, constants, List.of(), null, null);
        }
        Kind kind = constants.size() > TINYINT_ENUM_CONSTANTS ? Kind.SMALLINT : Kind.TINYINT;
        return new Mapped(ColumnType.of(kind), false, false, storage, constants, List.of(), null, null);
    }

    private Mapped arrayMapping(ArrayType type, Hints h) {
        String component = qualifiedName(type.getComponentType());
        if (component.equals("java.lang.Byte") || component.equals("java.lang.Character")) {
            return Mapped.error(null, MappingMessages.WRAPPER_ARRAY, simpleTypeName(type),
                    component.equals("java.lang.Byte") ? "byte[]" : "char[]");
        }
        if (component.equals("byte")) {
            Integer length = explicitLength(h);
            return Mapped.sized(ColumnType.sized(h.lob() ? Kind.BLOB : Kind.BINARY, length), length != null);
        }
        if (component.equals("char")) {
            if (h.lob()) {
                return Mapped.sized(ColumnType.sized(Kind.CLOB, explicitLength(h)), explicitLength(h) != null);
            }
            Length length = length(h, false, DEFAULT_LENGTH);
            return Mapped.sized(ColumnType.varchar(length.value), length.explicit);
        }
        return arrayOf(type.getComponentType(), h);
    }

    private Mapped byTypeCode(Ann annotation, TypeMirror type, Hints h) {
        int code = annotation.integer("value");
        Origin at = annotation.origin("value");
        String name = qualifiedName(type);
        boolean isEnum = isEnum(type);
        return switch (code) {
            case SqlTypeCodes.BIT, SqlTypeCodes.BOOLEAN -> Mapped.of(ColumnType.of(Kind.BOOLEAN));
            case SqlTypeCodes.TINYINT -> integral(type, Kind.TINYINT);
            case SqlTypeCodes.SMALLINT -> integral(type, Kind.SMALLINT);
            case SqlTypeCodes.INTEGER -> integral(type, Kind.INTEGER);
            case SqlTypeCodes.BIGINT -> integral(type, Kind.BIGINT);
            case SqlTypeCodes.REAL -> Mapped.of(ColumnType.of(Kind.REAL));
            // Hibernate's float($p) takes its default precision from the Java type: 24 bits for a Float
            case SqlTypeCodes.FLOAT, SqlTypeCodes.DOUBLE -> floating(h,
                    name.equals("java.lang.Float") || name.equals("float") ? REAL_BITS : DOUBLE_BITS);
            case SqlTypeCodes.NUMERIC, SqlTypeCodes.DECIMAL -> {
                int[] defaults = DECIMALS.getOrDefault(name, new int[] {DEFAULT_PRECISION, DEFAULT_SCALE});
                yield decimal(h, defaults[0], defaults[1]);
            }
            case SqlTypeCodes.DURATION -> decimal(h, 21, 0);
            case SqlTypeCodes.CHAR, SqlTypeCodes.NCHAR -> {
                Length length = length(h, name.equals("java.lang.String"), CHAR_LENGTHS.getOrDefault(name, DEFAULT_LENGTH));
                yield charMapping(ColumnType.chars(length.value), length.explicit, type, h);
            }
            case SqlTypeCodes.VARCHAR, SqlTypeCodes.NVARCHAR -> {
                Length length = length(h, name.equals("java.lang.String"), CHAR_LENGTHS.getOrDefault(name, DEFAULT_LENGTH));
                yield charMapping(ColumnType.varchar(length.value), length.explicit, type, h);
            }
            case SqlTypeCodes.LONGVARCHAR, SqlTypeCodes.LONGNVARCHAR -> {
                Length length = length(h, name.equals("java.lang.String"), LONG_LENGTH);
                yield charMapping(ColumnType.varchar(length.value), length.explicit, type, h);
            }
            case SqlTypeCodes.LONG32VARCHAR, SqlTypeCodes.LONG32NVARCHAR -> Mapped.sized(ColumnType.of(Kind.TEXT), true);
            case SqlTypeCodes.CLOB, SqlTypeCodes.NCLOB, SqlTypeCodes.MATERIALIZED_CLOB, SqlTypeCodes.MATERIALIZED_NCLOB ->
                    Mapped.sized(ColumnType.sized(Kind.CLOB, explicitLength(h)), explicitLength(h) != null);
            case SqlTypeCodes.BINARY -> {
                Integer length = explicitLength(h);
                int fixed = length != null ? length : name.equals("java.util.UUID") ? 16 : DEFAULT_LENGTH;
                yield Mapped.sized(ColumnType.sized(Kind.FIXED_BINARY, fixed), length != null);
            }
            case SqlTypeCodes.VARBINARY -> {
                Integer length = explicitLength(h);
                yield Mapped.sized(ColumnType.sized(Kind.BINARY,
                        length == null && name.equals("java.util.UUID") ? Integer.valueOf(16) : length), length != null);
            }
            case SqlTypeCodes.LONGVARBINARY -> {
                Integer length = explicitLength(h);
                yield Mapped.sized(ColumnType.sized(Kind.BINARY, length != null ? length : LONG_LENGTH), length != null);
            }
            case SqlTypeCodes.LONG32VARBINARY -> Mapped.sized(ColumnType.sized(Kind.BINARY, LONG32_LENGTH), true);
            case SqlTypeCodes.BLOB, SqlTypeCodes.MATERIALIZED_BLOB ->
                    Mapped.sized(ColumnType.sized(Kind.BLOB, explicitLength(h)), explicitLength(h) != null);
            case SqlTypeCodes.DATE, SqlTypeCodes.LOCAL_DATE -> Mapped.of(ColumnType.of(Kind.DATE));
            case SqlTypeCodes.TIME, SqlTypeCodes.LOCAL_TIME, SqlTypeCodes.TIME_UTC ->
                    Mapped.of(ColumnType.temporal(Kind.TIME, TIME_PRECISION));
            case SqlTypeCodes.TIME_WITH_TIMEZONE, SqlTypeCodes.OFFSET_TIME -> Mapped.of(ColumnType.of(Kind.TIME_TZ));
            case SqlTypeCodes.TIMESTAMP, SqlTypeCodes.LOCAL_DATE_TIME, SqlTypeCodes.INSTANT ->
                    Mapped.of(ColumnType.temporal(Kind.TIMESTAMP, TIME_PRECISION));
            case SqlTypeCodes.TIMESTAMP_UTC, SqlTypeCodes.TIMESTAMP_WITH_TIMEZONE, SqlTypeCodes.OFFSET_DATE_TIME,
                    SqlTypeCodes.ZONED_DATE_TIME -> Mapped.of(ColumnType.temporal(Kind.TIMESTAMP_TZ, TIME_PRECISION));
            case SqlTypeCodes.INTERVAL_SECOND -> Mapped.of(ColumnType.of(Kind.INTERVAL));
            case SqlTypeCodes.UUID -> Mapped.of(ColumnType.of(Kind.UUID));
            case SqlTypeCodes.JSON -> Mapped.of(ColumnType.of(Kind.JSON));
            case SqlTypeCodes.INET -> Mapped.of(ColumnType.of(Kind.INET));
            case SqlTypeCodes.SQLXML -> Mapped.of(ColumnType.of(Kind.XML));
            case SqlTypeCodes.ARRAY -> {
                TypeMirror element = elementType(type);
                yield element == null ? Mapped.error(at, MappingMessages.ARRAY_TYPE_CODE)
                        : arrayOf(element, h.withoutTypeCode());
            }
            case SqlTypeCodes.ENUM, SqlTypeCodes.ORDINAL_ENUM, SqlTypeCodes.NAMED_ENUM, SqlTypeCodes.NAMED_ORDINAL_ENUM ->
                    Mapped.error(at, MappingMessages.ENUM_TYPE_CODE, SqlTypeCodes.name(code));
            default -> Mapped.error(at, MappingMessages.TYPE_CODE, SqlTypeCodes.name(code));
        } ;
    }

    /** An enum forced into a character type is stored by name (with its CHECK), anything else as its text. */
    private Mapped charMapping(ColumnType column, boolean lengthExplicit, TypeMirror type, Hints h) {
        if (isEnum(type)) {
            return new Mapped(column, lengthExplicit, false, EnumStorage.STRING, enumConstants(type), List.of(), null,
                    null);
        }
        return Mapped.sized(column, lengthExplicit);
    }

    /** An enum forced into an integer type is stored by ordinal (with its CHECK). */
    private Mapped integral(TypeMirror type, Kind kind) {
        if (isEnum(type)) {
            return new Mapped(ColumnType.of(kind), false, false, EnumStorage.ORDINAL, enumConstants(type), List.of(),
                    null, null);
        }
        return Mapped.of(ColumnType.of(kind));
    }

    private Mapped arrayOf(TypeMirror component, Hints h) {
        Mapped element = map(component, h);
        if (!element.ok()) {
            return element;
        }
        if (element.type().kind() == Kind.ARRAY) {
            return Mapped.error(null, MappingMessages.NESTED_ARRAY);
        }
        return Mapped.of(ColumnType.arrayOf(element.type()));
    }

    /**
     * {@code @Column(precision, scale)} (or {@code @Digits}), else the type's defaults. Hibernate
     * reads the scale only together with a precision: alone it is ignored.
     */
    private Mapped decimal(Hints h, int defaultPrecision, int defaultScale) {
        Optional<Ann> digits = h.validation() ? Ann.find(h.element(), Names.DIGITS, elements) : Optional.empty();
        if (digits.isPresent()) {
            int integer = digits.get().integer("integer");
            int fraction = digits.get().integer("fraction");
            return new Mapped(ColumnType.decimal(integer + fraction, fraction), false, true, null, List.of(), List.of(),
                    null, null);
        }
        int precision = h.column().map(c -> c.integer("precision")).orElse(0);
        int scale = h.column().map(c -> c.integer("scale")).orElse(0);
        if (precision > 0) {
            return new Mapped(ColumnType.decimal(precision, scale), false, true, null, List.of(), List.of(), null, null);
        }
        return Mapped.of(ColumnType.decimal(defaultPrecision, defaultScale));
    }

    /**
     * A float or double: {@code @Column(precision)} counts decimal digits, which Hibernate turns into
     * binary ones ({@code float(p)}): up to 24 is a REAL, up to 53 a DOUBLE, beyond that no
     * database here has the type. Hibernate refuses a scale.
     */
    private Mapped floating(Hints h, int defaultBits) {
        Optional<Ann> column = h.column();
        Optional<Ann> digits = h.validation() ? Ann.find(h.element(), Names.DIGITS, elements) : Optional.empty();
        if (digits.isPresent() && digits.get().integer("fraction") > 0) {
            return Mapped.error(digits.get().origin("fraction"), MappingMessages.FLOAT_SCALE);
        }
        if (column.isPresent() && column.get().integer("scale") > 0) {
            return Mapped.error(column.get().origin("scale"), MappingMessages.FLOAT_SCALE);
        }
        int precision = column.map(c -> c.integer("precision")).orElse(0);
        if (precision <= 0) {
            return Mapped.of(ColumnType.of(defaultBits <= REAL_BITS ? Kind.REAL : Kind.DOUBLE));
        }
        int bits = (int) Math.ceil(precision * Math.log(10) / Math.log(2));
        if (bits > DOUBLE_BITS) {
            return Mapped.error(column.get().origin("precision"), MappingMessages.FLOAT_PRECISION, precision, bits);
        }
        return new Mapped(ColumnType.of(bits <= REAL_BITS ? Kind.REAL : Kind.DOUBLE), false, true, null, List.of(),
                List.of(), null, null);
    }

    private record Length(int value, boolean explicit) {}

    /**
     * {@code @Size(max)}/{@code @Length(max)} on a String wins over {@code @Column(length)}, as in
     * Hibernate's Bean Validation DDL (which applies them to String attributes only).
     */
    private Length length(Hints h, boolean validationApplies, int defaultLength) {
        if (validationApplies && h.validation()) {
            for (String sizeAnnotation : List.of(Names.SIZE, Names.HV_LENGTH)) {
                Optional<Ann> size = Ann.find(h.element(), sizeAnnotation, elements);
                if (size.isPresent() && size.get().has("max") && size.get().integer("max") < Integer.MAX_VALUE) {
                    return new Length(size.get().integer("max"), true);
                }
            }
        }
        Integer explicit = explicitLength(h);
        return explicit != null ? new Length(explicit, true) : new Length(defaultLength, false);
    }

    /** {@code @Column(length)} when written. */
    private static Integer explicitLength(Hints h) {
        return h.column().filter(c -> c.has("length")).map(c -> c.integer("length")).orElse(null);
    }

    EnumStorage enumStorage(TypeMirror type, Hints h) {
        if (!isEnum(type)) {
            return null;
        }
        return h.enumerated().map(a -> a.enumName("value").equals("STRING") ? EnumStorage.STRING : EnumStorage.ORDINAL)
                .orElse(EnumStorage.ORDINAL);
    }

    boolean isEnum(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
    }

    List<String> enumConstants(TypeMirror type) {
        if (!isEnum(type)) {
            return List.of();
        }
        return ((DeclaredType) type).asElement().getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
    }

    /** The element type of an array or a single-argument collection, else null. */
    TypeMirror elementType(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return ((ArrayType) type).getComponentType();
        }
        if (type.getKind() == TypeKind.DECLARED) {
            List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
            if (args.size() == 1) {
                return args.get(0);
            }
        }
        return null;
    }

    /** Whether the type is a {@code java.util.Collection} or {@code Map}. */
    boolean isCollection(TypeMirror type) {
        return isA(type, "java.util.Collection") || isA(type, "java.util.Map");
    }

    boolean isMap(TypeMirror type) {
        return isA(type, "java.util.Map");
    }

    boolean isSet(TypeMirror type) {
        return isA(type, "java.util.Set");
    }

    boolean isList(TypeMirror type) {
        return isA(type, "java.util.List");
    }

    private boolean isSerializable(TypeMirror type) {
        return isA(type, "java.io.Serializable");
    }

    private boolean isA(TypeMirror type, String qualifiedName) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement target = elements.getTypeElement(qualifiedName);
        return target != null && types.isAssignable(types.erasure(type), types.erasure(target.asType()));
    }

    /** {@code Map<K, V>}'s type arguments as seen from the declared type (a subtype's resolved), else null. */
    List<? extends TypeMirror> mapArguments(TypeMirror type) {
        if (!isMap(type)) {
            return null;
        }
        for (TypeMirror t = type; t != null; ) {
            DeclaredType declared = (DeclaredType) t;
            if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.Map")) {
                return declared.getTypeArguments().size() == 2 ? declared.getTypeArguments() : null;
            }
            TypeMirror next = null;
            for (TypeMirror s : types.directSupertypes(t)) {
                if (isMap(s)) {
                    next = s;
                    break;
                }
            }
            t = next;
        }
        return null;
    }

    String qualifiedName(TypeMirror type) {
        if (type == null) {
            return "";
        }
        if (type.getKind().isPrimitive()) {
            // not toString(): TYPE_USE annotations such as @Positive would be part of it
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type.getKind() == TypeKind.DECLARED) {
            return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        }
        return type.toString();
    }

    private String simpleTypeName(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return simpleTypeName(((ArrayType) type).getComponentType()) + "[]";
        }
        if (type.getKind() == TypeKind.DECLARED) {
            return ((DeclaredType) type).asElement().getSimpleName().toString();
        }
        return qualifiedName(type);
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /** The {@code Y} of the converter's {@code AttributeConverter<X, Y>}, through generic supertypes. */
    private TypeMirror converterDatabaseType(TypeMirror converterType) {
        if (converterType == null || converterType.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeMirror found = findConverterArgument(converterType);
        if (found instanceof TypeVariable variable) {
            // a converter generic in its database type: its bound is the best that can be known
            TypeMirror bound = variable.getUpperBound();
            return bound.getKind() == TypeKind.DECLARED && !qualifiedName(bound).equals("java.lang.Object") ? bound : null;
        }
        return found;
    }

    private TypeMirror findConverterArgument(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getQualifiedName().contentEquals(Names.ATTRIBUTE_CONVERTER)) {
            List<? extends TypeMirror> args = declared.getTypeArguments();
            return args.size() == 2 ? args.get(1) : null;
        }
        for (TypeMirror supertype : types.directSupertypes(type)) {
            TypeMirror found = findConverterArgument(supertype);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
