package dev.tablesmith.reading;


import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnFacts.EnumStorage;
import dev.tablesmith.model.ColumnFacts;
import dev.tablesmith.model.ColumnNotes;
import dev.tablesmith.model.ColumnType;
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
        return ctx.typeMapper.map(a.field(), a.type(), columnAnnotation(a));
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
        TypeMapper.Mapped mapped = mapType(a);
        Origin fieldOrigin = ctx.origin(a.field());
        if (!mapped.ok()) {
            ctx.problem(MappingMessages.ATTRIBUTE_TYPE, fieldOrigin, t.entity, a.path(), mapped.error());
            return Optional.empty();
        }
        Optional<Ann> columnAnn = columnAnnotation(a);
        String name = columnName(a);
        boolean deprecated = Ann.has(a.field(), Names.DEPRECATED);
        // A deprecated column becomes nullable: the first phase of a safe drop.
        boolean nullable = !a.id() && (deprecated || isNullable(a, columnAnn));
        if (deprecated && !a.id() && a.type().getKind().isPrimitive()) {
            ctx.finding(Finding.of(MigrationSafetyMessages.DEPRECATED_PRIMITIVE, fieldOrigin.annotation(Names.DEPRECATED),
                    t.entity, a.path(), t.name() + "." + name, a.type(), boxed(a.type().getKind()), a.name()));
        }
        Column column = new Column(name, mapped.type(), nullable, defaultOf(a.field(), name, mapped.type()),
                Column.Identity.NONE, commentOf(a.field(), Ref.column(t.name(), name)), deprecated);
        ColumnFacts facts = new ColumnFacts(ctx.typeMapper.qualifiedName(a.type()), mapped.lengthExplicit(),
                mapped.precisionExplicit(), mapped.enumStorage(), denormalizedReason(a.field()), false);
        Source source = new Source(fieldOrigin, nameOrigin(a), t.entity, facts);
        if (!t.addColumn(column, a.path(), source)) {
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
        String table = t.name();
        String col = column.name();
        if (columnAnn.isPresent() && columnAnn.get().bool("unique")) {
            addUnique(t, new UniqueConstraint(table + "_" + col + "_unique", List.of(col)),
                    columnAnn.get().origin("unique"));
        }
        if (mapped.enumStorage() == EnumStorage.STRING && !mapped.enumConstants().isEmpty()) {
            String values = mapped.enumConstants().stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
            addCheck(t, table + "_" + col + "_valid", col + " IN (" + values + ")",
                    ctx.find(field, Names.ENUMERATED).map(Ann::origin).orElse(fieldOrigin));
        } else if (mapped.enumStorage() == EnumStorage.ORDINAL && !mapped.enumConstants().isEmpty()) {
            addCheck(t, table + "_" + col + "_valid",
                    col + " BETWEEN 0 AND " + (mapped.enumConstants().size() - 1), fieldOrigin);
        }
        ColumnType type = column.type();
        boolean numeric = switch (type.kind()) {
            case SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> true;
            default -> false;
        };
        if (numeric) {
            signCheck(t, field, Names.POSITIVE, col, "positive", col + " > 0");
            signCheck(t, field, Names.POSITIVE_OR_ZERO, col, "non_negative", col + " >= 0");
            signCheck(t, field, Names.NEGATIVE, col, "negative", col + " < 0");
            signCheck(t, field, Names.NEGATIVE_OR_ZERO, col, "non_positive", col + " <= 0");
            ctx.find(field, Names.MIN).ifPresent(min ->
                    addCheck(t, table + "_" + col + "_min", col + " >= " + min.longValue("value"), min.origin()));
            ctx.find(field, Names.MAX).ifPresent(max ->
                    addCheck(t, table + "_" + col + "_max", col + " <= " + max.longValue("value"), max.origin()));
        }
        if (type.kind() == ColumnType.Kind.VARCHAR || type.kind() == ColumnType.Kind.TEXT) {
            ctx.find(field, Names.NOT_BLANK).ifPresent(nb ->
                    addCheck(t, table + "_" + col + "_not_blank", "trim(" + col + ") <> ''", nb.origin()));
            ctx.find(field, Names.NOT_EMPTY).ifPresent(ne ->
                    addCheck(t, table + "_" + col + "_not_empty", col + " <> ''", ne.origin()));
        }
        for (Ann check : ctx.findAll(field, Names.CHECK, Names.CHECK_LIST)) {
            String name = check.string("name").isBlank() ? table + "_" + col + "_check" : check.string("name").trim();
            addCheck(t, name, check.string("value").trim(), check.has("name") ? check.origin("name") : check.origin());
        }
        for (Ann check : ctx.findAll(field, Names.H_CHECK, Names.H_CHECKS)) {
            String name = check.string("name").isBlank() ? table + "_" + col + "_check" : check.string("name").trim();
            addCheck(t, name, check.string("constraints").trim(), check.has("name") ? check.origin("name") : check.origin());
        }
    }

    private void signCheck(TableAssembly t, Element field, String annotation, String col, String suffix, String expr) {
        ctx.find(field, annotation).ifPresent(a -> addCheck(t, t.name() + "_" + col + "_" + suffix, expr, a.origin()));
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
