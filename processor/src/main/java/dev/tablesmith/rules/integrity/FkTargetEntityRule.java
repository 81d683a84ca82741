package dev.tablesmith.rules.integrity;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.SourceMap.UnresolvedRelation;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SchemaContext;
import dev.tablesmith.rules.SchemaRule;
import java.util.function.Consumer;

/** A relation's target must be an {@code @Entity}, so a foreign key can reference its table. */
public final class FkTargetEntityRule implements SchemaRule {
    @Override
    public String id() {
        return "fk-target-entity";
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
        return "relations point at an @Entity, so a foreign key can reference its table";
    }

    @Override
    public String explanation() {
        return """
                A @ManyToOne, @OneToOne or @ManyToMany whose target is not an entity has no table to \
                reference, so no foreign key can protect it. Annotate the target with @Entity, or \
                map the value as @Embedded / @ElementCollection instead.
                Compliant: `@ManyToOne(optional = false) private User user;` where `User` is an @Entity.""";
    }

    @Override
    public String fix() {
        return "annotate the target class with `@Entity`, or map the value as `@Embedded` / `@ElementCollection`";
    }

    @Override
    public void check(SchemaContext context, Consumer<Finding> report) {
        for (UnresolvedRelation r : context.sources().unresolvedRelations()) {
            report.accept(Finding.of(IntegrityMessages.TARGET_NOT_AN_ENTITY, r.origin(), r.entity(), r.attribute(),
                    r.targetType()));
        }
    }
}
