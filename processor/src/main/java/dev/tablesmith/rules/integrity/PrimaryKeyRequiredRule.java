package dev.tablesmith.rules.integrity;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.TableKind;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.util.function.Consumer;

/** Every table has a primary key. */
public final class PrimaryKeyRequiredRule implements SchemaRule {
    @Override
    public String id() {
        return "primary-key-required";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public Category category() {
        return Category.INTEGRITY;
    }

    @Override
    public String summary() {
        return "every table has a primary key";
    }

    @Override
    public String explanation() {
        return """
                Rows without a key cannot be addressed, replicated or deduplicated. Entities need an \
                @Id (or @EmbeddedId); a @ManyToMany or @ElementCollection gets a composite key when \
                it is a Set (a List may hold duplicates, so it has none: use a Set or an @OrderColumn).
                Compliant: `@Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;`""";
    }

    @Override
    public String fix() {
        return "add an `@Id` (or `@EmbeddedId`) field; declare a join or collection as a `Set`, or give it an "
                + "`@OrderColumn`";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (Table table : context.schema().tables()) {
            if (table.primaryKey() != null) {
                continue;
            }
            Source source = context.sources().find(Ref.table(table.name()));
            IntegrityMessages message = table.kind() == TableKind.ENTITY
                    ? IntegrityMessages.NO_PRIMARY_KEY : IntegrityMessages.NO_PRIMARY_KEY_COLLECTION;
            report.accept(Finding.of(message, source.origin(), source.entity(), table.name()));
        }
    }
}
