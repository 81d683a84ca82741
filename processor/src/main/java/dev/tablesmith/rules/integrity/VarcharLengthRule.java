package dev.tablesmith.rules.integrity;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import dev.tablesmith.rules.integrity.DeclaredColumns.Declared;
import java.util.function.Consumer;

/** A {@code VARCHAR}'s length is a decision: given explicitly, not Hibernate's default 255. */
public final class VarcharLengthRule implements SchemaRule {
    @Override
    public String id() {
        return "varchar-length";
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
        return "string columns give their length (@Column(length), @Size(max)) or are TEXT, not the default 255";
    }

    @Override
    public String explanation() {
        return """
                A `String` without a length becomes `VARCHAR(255)`: a number nobody chose, too short \
                for a URL or a description (inserts fail in production) and meaningless for a \
                two-letter country code. Give the length the data needs with `@Column(length = ...)` \
                or `@Size(max = ...)` (which also validates it in Java), or store unbounded text as \
                `TEXT` with `@JdbcTypeCode(SqlTypes.LONG32VARCHAR)` or `@Column(columnDefinition = \
                "text")`. The rule applies to every `VARCHAR` whose length was defaulted (also \
                `String` element collections, `Locale`, `Currency`, `ZoneId`); STRING enums are \
                exempt, since their CHECK already limits the values.
                Compliant: `@Column(nullable = false, length = 100) private String name;` or \
                `@Size(max = 320) private String email;`""";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Declared d : DeclaredColumns.of(context)) {
            ColumnType type = d.column().type();
            if (type.kind() != ColumnType.Kind.VARCHAR || d.facts().lengthExplicit()
                    || d.facts().enumStorage() != null || d.facts().foreignKey()) {
                continue;
            }
            report.accept(Finding.of(IntegrityMessages.DEFAULT_VARCHAR_LENGTH, d.source().origin(), d.source().entity(),
                    d.javaType(), d.field(), type.length()));
        }
    }
}
