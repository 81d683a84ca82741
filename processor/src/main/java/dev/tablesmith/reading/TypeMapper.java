package dev.tablesmith.reading;

import dev.tablesmith.model.ColumnFacts.EnumStorage;
import dev.tablesmith.model.ColumnType.Kind;
import dev.tablesmith.model.ColumnType;
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
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Java attribute types to column types, matching what Hibernate ORM 6 expects on PostgreSQL (so
 * its schema validator passes): {@code String} is {@code varchar(255)}, {@code BigDecimal}
 * {@code numeric(38,2)}, {@code Instant} {@code timestamp(6) with time zone}, {@code @Lob String}
 * {@code oid}, a STRING enum {@code varchar(255)}, an ORDINAL one {@code smallint}.
 */
final class TypeMapper {
    static final int DEFAULT_LENGTH = 255;
    static final int DEFAULT_PRECISION = 38;
    static final int DEFAULT_SCALE = 2;
    static final int TIME_PRECISION = 6;

    private static final Map<String, ColumnType> SIMPLE = Map.ofEntries(
            Map.entry("boolean", ColumnType.of(Kind.BOOLEAN)),
            Map.entry("java.lang.Boolean", ColumnType.of(Kind.BOOLEAN)),
            Map.entry("byte", ColumnType.of(Kind.SMALLINT)),
            Map.entry("java.lang.Byte", ColumnType.of(Kind.SMALLINT)),
            Map.entry("short", ColumnType.of(Kind.SMALLINT)),
            Map.entry("java.lang.Short", ColumnType.of(Kind.SMALLINT)),
            Map.entry("int", ColumnType.of(Kind.INTEGER)),
            Map.entry("java.lang.Integer", ColumnType.of(Kind.INTEGER)),
            Map.entry("long", ColumnType.of(Kind.BIGINT)),
            Map.entry("java.lang.Long", ColumnType.of(Kind.BIGINT)),
            Map.entry("float", ColumnType.of(Kind.REAL)),
            Map.entry("java.lang.Float", ColumnType.of(Kind.REAL)),
            Map.entry("double", ColumnType.of(Kind.DOUBLE)),
            Map.entry("java.lang.Double", ColumnType.of(Kind.DOUBLE)),
            Map.entry("char", ColumnType.chars(1)),
            Map.entry("java.lang.Character", ColumnType.chars(1)),
            Map.entry("java.util.UUID", ColumnType.of(Kind.UUID)),
            Map.entry("java.time.LocalDate", ColumnType.of(Kind.DATE)),
            Map.entry("java.sql.Date", ColumnType.of(Kind.DATE)),
            Map.entry("java.time.LocalTime", ColumnType.temporal(Kind.TIME, TIME_PRECISION)),
            Map.entry("java.sql.Time", ColumnType.temporal(Kind.TIME, TIME_PRECISION)),
            Map.entry("java.time.LocalDateTime", ColumnType.temporal(Kind.TIMESTAMP, TIME_PRECISION)),
            Map.entry("java.sql.Timestamp", ColumnType.temporal(Kind.TIMESTAMP, TIME_PRECISION)),
            Map.entry("java.util.Date", ColumnType.temporal(Kind.TIMESTAMP, TIME_PRECISION)),
            Map.entry("java.util.Calendar", ColumnType.temporal(Kind.TIMESTAMP, TIME_PRECISION)),
            Map.entry("java.time.Instant", ColumnType.temporal(Kind.TIMESTAMP_TZ, TIME_PRECISION)),
            Map.entry("java.time.OffsetDateTime", ColumnType.temporal(Kind.TIMESTAMP_TZ, TIME_PRECISION)),
            Map.entry("java.time.ZonedDateTime", ColumnType.temporal(Kind.TIMESTAMP_TZ, TIME_PRECISION)),
            Map.entry("java.time.Duration", ColumnType.decimal(21, 0)),
            Map.entry("java.time.Year", ColumnType.of(Kind.INTEGER)),
            Map.entry("java.math.BigInteger", ColumnType.decimal(DEFAULT_PRECISION, 0)),
            Map.entry("java.time.ZoneId", ColumnType.varchar(DEFAULT_LENGTH)),
            Map.entry("java.time.ZoneOffset", ColumnType.varchar(DEFAULT_LENGTH)),
            Map.entry("java.util.Locale", ColumnType.varchar(DEFAULT_LENGTH)),
            Map.entry("java.util.TimeZone", ColumnType.varchar(DEFAULT_LENGTH)),
            Map.entry("java.util.Currency", ColumnType.varchar(DEFAULT_LENGTH)),
            Map.entry("java.net.URL", ColumnType.varchar(DEFAULT_LENGTH)));

    private final Elements elements;
    private final Types types;

    TypeMapper(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The mapping of one attribute, or the reason it has none. */
    record Mapped(ColumnType type, boolean lengthExplicit, boolean precisionExplicit,
            EnumStorage enumStorage, List<String> enumConstants, String error) {
        static Mapped error(MappingMessages message, Object... args) {
            return new Mapped(null, false, false, null, List.of(), message.format(args));
        }

        static Mapped of(ColumnType type) {
            return new Mapped(type, false, false, null, List.of(), null);
        }

        boolean ok() {
            return error == null;
        }
    }

    /**
     * Maps one basic attribute.
     *
     * @param field the field (for {@code @Lob}, {@code @Enumerated}, {@code @JdbcTypeCode} ...)
     * @param type its Java type (the element type for an element collection)
     * @param column the effective {@code @Column} (an override wins), if any
     */
    Mapped map(Element field, TypeMirror type, Optional<Ann> column) {
        Optional<Ann> columnDefinition = column.filter(c -> !c.string("columnDefinition").isBlank());
        if (columnDefinition.isPresent()) {
            return new Mapped(ColumnType.custom(columnDefinition.get().string("columnDefinition").trim()),
                    true, true, enumStorage(field, type), enumConstants(type), null);
        }
        Optional<Ann> converter = Ann.find(field, Names.CONVERT, elements);
        if (converter.isPresent()) {
            TypeMirror dbType = converterDatabaseType(converter.get());
            if (dbType == null) {
                return Mapped.error(MappingMessages.CONVERTER_TYPE);
            }
            return map(field, dbType, column, true);
        }
        return map(field, type, column, false);
    }

    private Mapped map(Element field, TypeMirror type, Optional<Ann> column, boolean converted) {
        Optional<Ann> jdbcTypeCode = Ann.find(field, Names.H_JDBC_TYPE_CODE, elements);
        if (jdbcTypeCode.isPresent() && !converted) {
            return byTypeCode(jdbcTypeCode.get().integer("value"), field, type, column);
        }
        boolean lob = Ann.has(field, Names.LOB);
        String name = qualifiedName(type);

        if (!converted && isEnum(type)) {
            EnumStorage storage = enumStorage(field, type);
            List<String> constants = enumConstants(type);
            if (storage == EnumStorage.STRING) {
                Length length = length(field, column);
                return new Mapped(ColumnType.varchar(length.value), length.explicit, false, storage, constants, null);
            }
            return new Mapped(ColumnType.of(Kind.SMALLINT), false, false, storage, constants, null);
        }
        if (name.equals("java.lang.String")) {
            if (lob) {
                return Mapped.of(ColumnType.of(Kind.CLOB));
            }
            Length length = length(field, column);
            return new Mapped(ColumnType.varchar(length.value), length.explicit, false, null, List.of(), null);
        }
        if (name.equals("java.math.BigDecimal")) {
            return decimal(field, column);
        }
        if (type.getKind() == TypeKind.ARRAY) {
            TypeMirror component = ((ArrayType) type).getComponentType();
            String componentName = qualifiedName(component);
            if (componentName.equals("byte") || componentName.equals("java.lang.Byte")) {
                return Mapped.of(ColumnType.of(lob ? Kind.BLOB : Kind.BINARY));
            }
            if (componentName.equals("char") || componentName.equals("java.lang.Character")) {
                Length length = length(field, column);
                return new Mapped(ColumnType.varchar(length.value), length.explicit, false, null, List.of(), null);
            }
            return arrayOf(component, field);
        }
        if (name.equals("java.util.Date") || name.equals("java.util.Calendar")) {
            Optional<Ann> temporal = Ann.find(field, Names.TEMPORAL, elements);
            String kind = temporal.map(t -> t.enumName("value")).orElse("TIMESTAMP");
            return Mapped.of(switch (kind) {
                case "DATE" -> ColumnType.of(Kind.DATE);
                case "TIME" -> ColumnType.temporal(Kind.TIME, TIME_PRECISION);
                default -> ColumnType.temporal(Kind.TIMESTAMP, TIME_PRECISION);
            });
        }
        ColumnType simple = SIMPLE.get(name);
        if (simple != null) {
            if (simple.kind() == Kind.DECIMAL && column.map(c -> c.integer("precision") > 0).orElse(false)) {
                return decimal(field, column);
            }
            return Mapped.of(simple);
        }
        return Mapped.error(MappingMessages.NO_COLUMN_TYPE, name);
    }

    private Mapped byTypeCode(int code, Element field, TypeMirror type, Optional<Ann> column) {
        return switch (code) {
            case SqlTypeCodes.JSON -> Mapped.of(ColumnType.of(Kind.JSON));
            case SqlTypeCodes.LONG32VARCHAR, SqlTypeCodes.LONG32NVARCHAR -> new Mapped(ColumnType.of(Kind.TEXT),
                    true, false, null, List.of(), null);
            case SqlTypeCodes.UUID -> Mapped.of(ColumnType.of(Kind.UUID));
            case SqlTypeCodes.BOOLEAN, SqlTypeCodes.BIT -> Mapped.of(ColumnType.of(Kind.BOOLEAN));
            case SqlTypeCodes.TINYINT, SqlTypeCodes.SMALLINT -> Mapped.of(ColumnType.of(Kind.SMALLINT));
            case SqlTypeCodes.INTEGER -> Mapped.of(ColumnType.of(Kind.INTEGER));
            case SqlTypeCodes.BIGINT -> Mapped.of(ColumnType.of(Kind.BIGINT));
            case SqlTypeCodes.REAL -> Mapped.of(ColumnType.of(Kind.REAL));
            case SqlTypeCodes.DOUBLE, SqlTypeCodes.FLOAT -> Mapped.of(ColumnType.of(Kind.DOUBLE));
            case SqlTypeCodes.NUMERIC, SqlTypeCodes.DECIMAL -> decimal(field, column);
            case SqlTypeCodes.CHAR, SqlTypeCodes.NCHAR -> {
                Length length = length(field, column);
                yield new Mapped(ColumnType.chars(length.explicit ? length.value : 1), true, false, null, List.of(), null);
            }
            case SqlTypeCodes.VARCHAR, SqlTypeCodes.NVARCHAR -> {
                Length length = length(field, column);
                yield new Mapped(ColumnType.varchar(length.value), length.explicit, false, null, List.of(), null);
            }
            case SqlTypeCodes.DATE -> Mapped.of(ColumnType.of(Kind.DATE));
            case SqlTypeCodes.TIME -> Mapped.of(ColumnType.temporal(Kind.TIME, TIME_PRECISION));
            case SqlTypeCodes.TIMESTAMP -> Mapped.of(ColumnType.temporal(Kind.TIMESTAMP, TIME_PRECISION));
            case SqlTypeCodes.TIMESTAMP_WITH_TIMEZONE, SqlTypeCodes.TIMESTAMP_UTC ->
                    Mapped.of(ColumnType.temporal(Kind.TIMESTAMP_TZ, TIME_PRECISION));
            case SqlTypeCodes.BINARY, SqlTypeCodes.VARBINARY, SqlTypeCodes.LONG32VARBINARY ->
                    Mapped.of(ColumnType.of(Kind.BINARY));
            case SqlTypeCodes.CLOB -> Mapped.of(ColumnType.of(Kind.CLOB));
            case SqlTypeCodes.BLOB -> Mapped.of(ColumnType.of(Kind.BLOB));
            case SqlTypeCodes.INTERVAL_SECOND -> Mapped.of(ColumnType.of(Kind.INTERVAL));
            case SqlTypeCodes.ARRAY -> {
                TypeMirror element = elementType(type);
                yield element == null
                        ? Mapped.error(MappingMessages.ARRAY_TYPE_CODE)
                        : arrayOf(element, field);
            }
            default -> Mapped.error(MappingMessages.TYPE_CODE, code);
        };
    }

    private Mapped arrayOf(TypeMirror component, Element field) {
        Mapped element = map(field, component, Optional.empty(), true);
        if (!element.ok()) {
            return element;
        }
        if (element.type().kind() == Kind.ARRAY) {
            return Mapped.error(MappingMessages.NESTED_ARRAY);
        }
        return Mapped.of(ColumnType.arrayOf(element.type()));
    }

    private Mapped decimal(Element field, Optional<Ann> column) {
        Optional<Ann> digits = Ann.find(field, Names.DIGITS, elements);
        if (digits.isPresent()) {
            int integer = digits.get().integer("integer");
            int fraction = digits.get().integer("fraction");
            return new Mapped(ColumnType.decimal(integer + fraction, fraction), false, true, null, List.of(), null);
        }
        int precision = column.map(c -> c.integer("precision")).orElse(0);
        int scale = column.map(c -> c.integer("scale")).orElse(0);
        // Hibernate reads scale only together with a precision; alone it is ignored.
        if (precision > 0) {
            return new Mapped(ColumnType.decimal(precision, scale), false, true, null, List.of(), null);
        }
        return Mapped.of(ColumnType.decimal(DEFAULT_PRECISION, DEFAULT_SCALE));
    }

    private record Length(int value, boolean explicit) {}

    /** {@code @Size(max)} wins over {@code @Column(length)}, as in Hibernate's Bean Validation DDL. */
    private Length length(Element field, Optional<Ann> column) {
        for (String sizeAnnotation : List.of(Names.SIZE, Names.HV_LENGTH)) {
            Optional<Ann> size = Ann.find(field, sizeAnnotation, elements);
            if (size.isPresent() && size.get().has("max") && size.get().integer("max") < Integer.MAX_VALUE) {
                return new Length(size.get().integer("max"), true);
            }
        }
        if (column.isPresent() && column.get().has("length")) {
            return new Length(column.get().integer("length"), true);
        }
        return new Length(DEFAULT_LENGTH, false);
    }

    EnumStorage enumStorage(Element field, TypeMirror type) {
        if (!isEnum(type)) {
            return null;
        }
        return Ann.find(field, Names.ENUMERATED, elements)
                .map(a -> a.enumName("value").equals("STRING") ? EnumStorage.STRING : EnumStorage.ORDINAL)
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

    String qualifiedName(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            // not toString(): TYPE_USE annotations such as @Positive would be part of it
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type.getKind() == TypeKind.DECLARED) {
            return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        }
        return type.toString();
    }

    /** The {@code Y} of the converter's {@code AttributeConverter<X, Y>}. */
    private TypeMirror converterDatabaseType(Ann convert) {
        TypeMirror converterType = convert.type("converter");
        if (converterType == null || converterType.getKind() != TypeKind.DECLARED) {
            return null;
        }
        return findConverterArgument(converterType);
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
