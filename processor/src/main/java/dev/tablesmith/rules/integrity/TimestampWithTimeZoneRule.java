package dev.tablesmith.rules.integrity;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Origin;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import dev.tablesmith.rules.integrity.DeclaredColumns.Declared;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Points in time are stored {@code TIMESTAMP WITH TIME ZONE}, from {@code Instant} or {@code OffsetDateTime}. */
public final class TimestampWithTimeZoneRule implements SchemaRule {
    private static final String JPA_COLUMN = "jakarta.persistence.Column";
    private static final Pattern WITH_TIME_ZONE = Pattern.compile("\\bwith\\s+time\\s+zone\\b");

    @Override
    public String id() {
        return "timestamp-with-time-zone";
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
        return "points in time are TIMESTAMP WITH TIME ZONE (Instant, OffsetDateTime), not LocalDateTime/Date";
    }

    @Override
    public String explanation() {
        return """
                A `TIMESTAMP` without time zone stores a wall-clock reading: which instant it means \
                depends on the zone of whoever wrote it, so servers in two zones, or a daylight-saving \
                change, corrupt ordering and arithmetic without an error. The handbook stores every \
                point in time as `TIMESTAMP WITH TIME ZONE`. The rule warns about `LocalDateTime`, \
                `java.util.Date`, `Calendar` and `java.sql.Timestamp` fields (which Hibernate maps to \
                `timestamp`), and about a `columnDefinition` of `timestamp` without zone. \
                `LocalDate` and `LocalTime` are not points in time and are not judged.
                Compliant: `@Column(nullable = false) private Instant startsAt;` \
                (or `OffsetDateTime`), stored as `TIMESTAMP WITH TIME ZONE`.""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Declared d : DeclaredColumns.of(context)) {
            if (d.facts().foreignKey()) {
                continue;
            }
            ColumnType type = d.column().type();
            if (type.kind() == ColumnType.Kind.TIMESTAMP) {
                report.accept(Finding.of(IntegrityMessages.WITHOUT_TIME_ZONE, d.source().origin(), d.source().entity(),
                        d.field(), d.javaType()));
            } else if (type.kind() == ColumnType.Kind.CUSTOM && isZoneless(type.custom())) {
                Origin at = d.source().origin().elementOnly().value(JPA_COLUMN, "columnDefinition");
                report.accept(Finding.of(IntegrityMessages.DEFINITION_WITHOUT_TIME_ZONE, at, d.source().entity(),
                        d.field(), type.custom().trim().toLowerCase(Locale.ROOT)));
            }
        }
    }

    /** A columnDefinition of a timestamp without zone: {@code timestamp}, {@code timestamp(3)}, {@code datetime}. */
    static boolean isZoneless(String definition) {
        String d = definition.trim().toLowerCase(Locale.ROOT);
        boolean timestamp = d.startsWith("timestamp") && !d.startsWith("timestamptz");
        return (timestamp && !WITH_TIME_ZONE.matcher(d).find()) || d.startsWith("datetime");
    }
}
