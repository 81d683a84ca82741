package dev.tablesmith.rules.integrity;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.TableKind;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The handbook's standard columns: every entity table has {@code created_at} and
 * {@code updated_at}, {@code TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()}.
 */
public final class StandardTimestampsRule implements SchemaRule {
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";


    @Override
    public String id() {
        return "standard-timestamps";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public Category category() {
        return Category.INTEGRITY;
    }

    @Override
    public String summary() {
        return "entity tables have created_at and updated_at: TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()";
    }

    @Override
    public String explanation() {
        return """
                The handbook gives every table `created_at` and `updated_at` \
                (`TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL`): when a row appeared and last \
                changed is what an incident, an audit or an incremental export asks first. \
                Tablesmith writes `DEFAULT now()` for both and a `BEFORE UPDATE` trigger that keeps \
                `updated_at` current for every writer. The rule warns about entity tables without \
                them, and about such columns that may be null or default to something else. Join \
                and collection tables are exempt, and so are deprecated tables. A column stored \
                without time zone (`LocalDateTime`) is left to `timestamp-with-time-zone`.
                Compliant: declare them once and extend it:
                `@MappedSuperclass public abstract class Timestamped { \
                @CreationTimestamp @Column(nullable = false, updatable = false) private Instant createdAt; \
                @UpdateTimestamp @Column(nullable = false) private Instant updatedAt; }`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            if (table.kind() != TableKind.ENTITY || table.deprecated()) {
                continue;
            }
            Optional<Column> created = table.column(CREATED_AT);
            Optional<Column> updated = table.column(UPDATED_AT);
            if (created.isEmpty() || updated.isEmpty()) {
                Source source = context.sources().find(Ref.table(table.name()));
                IntegrityMessages missing = created.isEmpty() && updated.isEmpty() ? IntegrityMessages.NO_TIMESTAMPS
                        : created.isEmpty() ? IntegrityMessages.NO_CREATED_AT : IntegrityMessages.NO_UPDATED_AT;
                report.accept(Finding.of(missing, source.origin(), source.entity(), table.name()));
            }
            for (Column column : List.of(created, updated).stream().flatMap(Optional::stream).toList()) {
                checkColumn(context, table, column, report);
            }
        }
    }

    private void checkColumn(SchemaContext context, Table table, Column column, Consumer<Finding> report) {
        Source source = context.sources().find(Ref.column(table.name(), column.name()));
        boolean created = column.name().equals(CREATED_AT);
        String annotation = created ? "@CreationTimestamp" : "@UpdateTimestamp";
        if (!isTimestamp(column.type())) {
            String javaType = source.column() == null ? column.type().kind().name()
                    : DeclaredColumns.simpleName(source.column().javaType());
            report.accept(Finding.of(IntegrityMessages.TIMESTAMP_NOT_A_POINT_IN_TIME, source.origin(), source.entity(),
                    column.name(), javaType, annotation));
            return;
        }
        if (column.nullable() && !column.deprecated()) {
            report.accept(Finding.of(IntegrityMessages.TIMESTAMP_NULLABLE, source.origin(), source.entity(),
                    column.name(), annotation));
        }
        // a columnDefinition is written verbatim and may carry its own DEFAULT
        if (column.type().kind() != ColumnType.Kind.CUSTOM && !isNow(column.defaultValue())) {
            report.accept(column.defaultValue() == null
                    ? Finding.of(IntegrityMessages.TIMESTAMP_NO_DEFAULT, source.origin(), source.entity(), column.name())
                    : Finding.of(IntegrityMessages.TIMESTAMP_DEFAULT, source.origin(), source.entity(), column.name(),
                            column.defaultValue()));
        }
    }

    /** A timestamp of either kind; one without time zone is the timestamp-with-time-zone rule's to report. */
    private static boolean isTimestamp(ColumnType type) {
        return switch (type.kind()) {
            case TIMESTAMP, TIMESTAMP_TZ -> true;
            case CUSTOM -> type.custom().toLowerCase(Locale.ROOT).startsWith("timestamp");
            default -> false;
        };
    }

    private static boolean isNow(String defaultValue) {
        if (defaultValue == null) {
            return false;
        }
        String d = defaultValue.trim().toLowerCase(Locale.ROOT);
        return d.equals("now()") || d.equals("current_timestamp") || d.equals("current_timestamp()");
    }
}
