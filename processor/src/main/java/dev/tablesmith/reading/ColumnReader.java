package dev.tablesmith.reading;


import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnFacts.EnumStorage;
import dev.tablesmith.model.ColumnFacts;
import dev.tablesmith.model.ColumnNotes;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ConventionalNames;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.UniqueConstraint;
import dev.tablesmith.rules.migration.MigrationSafetyMessages;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;

/**
 * Basic attributes to columns, with what the field says about them: length, precision, nullability
 * (primitives, {@code nullable = false}, {@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty}, as
 * Hibernate applies them), defaults, comments, and the constraints that belong to one column.
 */
final class ColumnReader {
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";

    private final ReadContext ctx;

    ColumnReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** The effective {@code @Column}: an {@code @AttributeOverride}'s wins over the field's own. */
    Optional<Ann> columnAnnotation(Attribute a) {
        return a.columnOverride().isPresent() ? a.columnOverride() : ctx.find(a.field(), Names.COLUMN);
    }

    /** Where the column's name was written, or null when it is derived from the attribute. */
    Origin nameOrigin(Attribute a) {
        return columnAnnotation(a).filter(c -> !c.string("name").isBlank()).map(c -> c.origin("name")).orElse(null);
    }

    String columnName(Attribute a) {
        return columnAnnotation(a).map(c -> c.string("name")).filter(n -> !n.isBlank())
                .map(n -> ctx.naming.physical(n.trim()))
                .orElseGet(() -> ctx.naming.physical(a.name()));
    }

    TypeMapper.Mapped mapType(Attribute a) {
        return ctx.typeMapper.map(a.type(), ctx.typeMapper.value(a.field(), columnAnnotation(a)));
    }

    /** Reports a value that could not be mapped, on the annotation value at fault where there is one. */
    void reportUnmapped(TableAssembly t, Attribute a, TypeMapper.Mapped mapped) {
        ctx.problem(MappingMessages.ATTRIBUTE_TYPE, mapped.at() != null ? mapped.at() : ctx.origin(a.field()), t.entity,
                a.path(), mapped.error());
    }

    private static String boxed(javax.lang.model.type.TypeKind kind) {
        return switch (kind) {
            case BOOLEAN -> "Boolean";
            case BYTE -> "Byte";
            case SHORT -> "Short";
            case INT -> "Integer";
            case LONG -> "Long";
            case CHAR -> "Character";
            case FLOAT -> "Float";
            default -> "Double";
        };
    }

    /** Reads one basic attribute into the table. Returns the column, or empty when it could not be mapped. */
    Optional<Column> addBasic(TableAssembly t, Attribute a) {
        if (Ann.has(a.field(), Names.H_FORMULA)) {
            return Optional.empty(); // computed by a SQL expression on read: no column
        }
        if (a.id() && ctx.replacedByMapsId.contains(t.entity + "#" + a.path())) {
            return Optional.empty(); // the @MapsId relation's join column is this key column
        }
        for (String unsupported : List.of(Names.H_ANY, Names.H_MANY_TO_ANY)) {
            if (Ann.has(a.field(), unsupported)) {
                ctx.problem(MappingMessages.ANY, ctx.origin(a.field()), t.entity, unsupported.substring(unsupported.lastIndexOf('.') + 1));
                return Optional.empty();
            }
        }
        TypeMapper.Mapped mapped = mapType(a);
        Origin fieldOrigin = ctx.origin(a.field());
        if (!mapped.ok()) {
            reportUnmapped(t, a, mapped);
            return Optional.empty();
        }
        Optional<Ann> columnAnn = columnAnnotation(a);
        String name = columnName(a);
        Optional<String> declaredNotNull = a.type().getKind().isPrimitive() ? Optional.empty()
                : declaredNotNull(a.field(), columnAnn);
        boolean deprecated = deprecated(t, a, declaredNotNull);
        // A deprecated column becomes nullable: the first phase of a safe drop.
        boolean nullable = !a.id() && (deprecated || isNullable(a, columnAnn));
        if (deprecated && !a.id() && a.type().getKind().isPrimitive()) {
            ctx.finding(Finding.of(MigrationSafetyMessages.DEPRECATED_PRIMITIVE, fieldOrigin.annotation(Names.DEPRECATED),
                    t.entity, a.path(), t.name() + "." + name, a.type(), boxed(a.type().getKind()), a.name()));
        }
        Column column = new Column(name, mapped.type(), nullable, defaultOf(a.field(), name, mapped.type()),
                Column.Identity.NONE, commentOf(a.field(), Ref.column(t.name(), name)), deprecated);
        ColumnFacts facts = new ColumnFacts(ctx.typeMapper.qualifiedName(a.type()), mapped.lengthExplicit(),
                mapped.precisionExplicit(), mapped.enumStorage(), denormalizedReason(a.field()), false,
                mapped.enumConstants());
        Source source = new Source(fieldOrigin, nameOrigin(a), t.entity, facts);
        boolean readOnly = columnAnn.map(c -> !c.bool("insertable") && !c.bool("updatable")).orElse(false);
        if (!t.addColumn(column, a.path(), source, new TableAssembly.Mapping(true, readOnly, a.path()))) {
            return Optional.empty();
        }
        addColumnConstraints(t, a.field(), column, mapped, columnAnn, fieldOrigin);
        return Optional.of(column);
    }

    boolean isNullable(Attribute a, Optional<Ann> columnAnn) {
        if (a.type().getKind().isPrimitive()) {
            return false;
        }
        if (columnAnn.isPresent() && !columnAnn.get().bool("nullable")) {
            return false;
        }
        return !hasNotNull(a.field());
    }

    /**
     * Whether the column of a {@code @Deprecated} attribute is marked deprecated (and so made
     * nullable, ready to be dropped). Not when its declaration says NOT NULL: {@code @Deprecated} is
     * a mark on Java API with many meanings, {@code nullable = false} is about this column, and a
     * declared constraint is never dropped silently. The column keeps NOT NULL, stays undeprecated
     * (a later drop still needs the real first phase), and a warning says how to start a safe drop.
     */
    boolean deprecated(TableAssembly t, Attribute a, Optional<String> declaredNotNull) {
        if (!Ann.has(a.field(), Names.DEPRECATED)) {
            return false;
        }
        if (declaredNotNull.isPresent() && !a.id()) {
            ctx.warning(MappingMessages.DEPRECATED_NOT_NULL, ctx.origin(a.field()), t.entity, a.path(),
                    declaredNotNull.get(), declaredNotNull.get());
            return false;
        }
        return true;
    }

    /** The annotation that declares a basic column NOT NULL, as written, if any. */
    Optional<String> declaredNotNull(Element field, Optional<Ann> columnAnn) {
        if (columnAnn.isPresent() && columnAnn.get().has("nullable") && !columnAnn.get().bool("nullable")) {
            return Optional.of("@Column(nullable = false)");
        }
        for (String annotation : List.of(Names.NOT_NULL, Names.NOT_BLANK, Names.NOT_EMPTY)) {
            if (Ann.has(field, annotation)) {
                return Optional.of("@" + annotation.substring(annotation.lastIndexOf('.') + 1));
            }
        }
        return Optional.empty();
    }

    boolean hasNotNull(Element field) {
        return Ann.has(field, Names.NOT_NULL) || Ann.has(field, Names.NOT_BLANK) || Ann.has(field, Names.NOT_EMPTY);
    }

    /**
     * {@code @Default}/{@code @ColumnDefault}, else {@code now()} for the handbook's standard
     * timestamps and Hibernate's {@code @CreationTimestamp}/{@code @UpdateTimestamp}.
     */
    String defaultOf(Element field, String columnName, ColumnType type) {
        for (String annotation : List.of(Names.DEFAULT, Names.H_COLUMN_DEFAULT)) {
            Optional<Ann> d = ctx.find(field, annotation);
            if (d.isPresent() && !d.get().string("value").isBlank()) {
                return d.get().string("value").trim();
            }
        }
        boolean timestamp = type.kind() == ColumnType.Kind.TIMESTAMP_TZ || type.kind() == ColumnType.Kind.TIMESTAMP;
        boolean standard = columnName.equals(CREATED_AT) || columnName.equals(UPDATED_AT)
                || Ann.has(field, Names.H_CREATION_TIMESTAMP) || Ann.has(field, Names.H_UPDATE_TIMESTAMP);
        return timestamp && standard ? "now()" : null;
    }

    /** The field's comment, with the {@code @Denormalized} reason appended. */
    String commentOf(Element field, Ref column) {
        Optional<String> comment = ctx.comment(field, column);
        String reason = denormalizedReason(field);
        if (reason != null && !reason.isBlank()) {
            return ColumnNotes.withDenormalized(comment.orElse(null), reason);
        }
        return comment.orElse(null);
    }

    String denormalizedReason(Element field) {
        return ctx.find(field, Names.DENORMALIZED).map(d -> d.string("reason")).orElse(null);
    }

    private void addColumnConstraints(TableAssembly t, Element field, Column column, TypeMapper.Mapped mapped,
            Optional<Ann> columnAnn, Origin fieldOrigin) {
        String table = t.localName();
        String col = column.name();
        String ref = ctx.columnReference(col);
        if (columnAnn.isPresent() && columnAnn.get().bool("unique")) {
            addUnique(t, new UniqueConstraint(ConventionalNames.unique(table, List.of(col)), List.of(col)),
                    columnAnn.get().origin("unique"));
        }
        if (!mapped.allowed().isEmpty()) {
            addCheck(t, ConventionalNames.check(table, col, "valid"), ref + " IN (" + String.join(", ", mapped.allowed()) + ")",
                    ctx.find(field, Names.CONVERT).map(Ann::origin).orElse(fieldOrigin));
        } else if (mapped.enumStorage() == EnumStorage.STRING && !mapped.enumConstants().isEmpty()) {
            String values = mapped.enumConstants().stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
            addCheck(t, ConventionalNames.check(table, col, "valid"), ref + " IN (" + values + ")",
                    ctx.find(field, Names.ENUMERATED).map(Ann::origin).orElse(fieldOrigin));
        } else if (mapped.enumStorage() == EnumStorage.ORDINAL && !mapped.enumConstants().isEmpty()) {
            addCheck(t, ConventionalNames.check(table, col, "valid"),
                    ref + " BETWEEN 0 AND " + (mapped.enumConstants().size() - 1), fieldOrigin);
        }
        ColumnType type = column.type();
        boolean numeric = switch (type.kind()) {
            case TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> true;
            default -> false;
        };
        if (numeric) {
            signCheck(t, field, Names.POSITIVE, col, "positive", ref + " > 0");
            signCheck(t, field, Names.POSITIVE_OR_ZERO, col, "non_negative", ref + " >= 0");
            signCheck(t, field, Names.NEGATIVE, col, "negative", ref + " < 0");
            signCheck(t, field, Names.NEGATIVE_OR_ZERO, col, "non_positive", ref + " <= 0");
            ctx.find(field, Names.MIN).ifPresent(min ->
                    addCheck(t, ConventionalNames.check(table, col, "min"), ref + " >= " + min.longValue("value"), min.origin()));
            ctx.find(field, Names.MAX).ifPresent(max ->
                    addCheck(t, ConventionalNames.check(table, col, "max"), ref + " <= " + max.longValue("value"), max.origin()));
        }
        if (type.kind() == ColumnType.Kind.VARCHAR || type.kind() == ColumnType.Kind.TEXT) {
            ctx.find(field, Names.NOT_BLANK).ifPresent(nb ->
                    addCheck(t, ConventionalNames.check(table, col, "not_blank"), "trim(" + ref + ") <> ''", nb.origin()));
            ctx.find(field, Names.NOT_EMPTY).ifPresent(ne ->
                    addCheck(t, ConventionalNames.check(table, col, "not_empty"), ref + " <> ''", ne.origin()));
        }
        for (Ann check : ctx.findAll(field, Names.CHECK, Names.CHECK_LIST)) {
            String name = check.string("name").isBlank() ? ConventionalNames.check(table, col, "check") : check.string("name").trim();
            addCheck(t, name, check.string("value").trim(), check.has("name") ? check.origin("name") : check.origin());
        }
        for (Ann check : ctx.findAll(field, Names.H_CHECK, Names.H_CHECKS)) {
            String name = check.string("name").isBlank() ? ConventionalNames.check(table, col, "check") : check.string("name").trim();
            addCheck(t, name, check.string("constraints").trim(), check.has("name") ? check.origin("name") : check.origin());
        }
    }

    private void signCheck(TableAssembly t, Element field, String annotation, String col, String suffix, String expr) {
        ctx.find(field, annotation).ifPresent(a -> addCheck(t, ConventionalNames.check(t.localName(), col, suffix), expr, a.origin()));
    }

    void addCheck(TableAssembly t, String name, String expression, Origin origin) {
        if (expression.isBlank()) {
            ctx.problem(MappingMessages.CHECK_EMPTY, origin, t.entity, name);
            return;
        }
        if (t.table.checks.stream().anyMatch(c -> c.name().equals(name))) {
            ctx.problem(MappingMessages.CHECK_NAME_TWICE, origin, t.entity, name, t.name());
            return;
        }
        t.table.checks.add(new CheckConstraint(name, expression));
        t.source(Ref.object(t.name(), name), origin, origin.path() != null && origin.path().endsWith("name") ? origin : null);
    }

    void addUnique(TableAssembly t, UniqueConstraint unique, Origin origin) {
        if (t.table.uniqueConstraints.stream().anyMatch(u -> u.columns().equals(unique.columns()))) {
            return; // the same columns are already unique
        }
        t.table.uniqueConstraints.add(unique);
        t.source(Ref.object(t.name(), unique.name()), origin, null);
    }
}
