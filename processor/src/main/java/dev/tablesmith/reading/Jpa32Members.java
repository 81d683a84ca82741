package dev.tablesmith.reading;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * The members Jakarta Persistence 3.2 added to the mapping annotations, read by name so entities
 * compiled against 3.1 (where they do not exist) read the same: {@code comment} (on {@code @Table},
 * {@code @Column}, {@code @JoinColumn}, {@code @SecondaryTable}, {@code @JoinTable}) becomes the
 * comment, {@code check} ({@code @CheckConstraint}s) named checks. {@code options} is raw SQL that
 * Hibernate 7 appends to the DDL of the object; Tablesmith cannot tell what such a fragment does
 * or whether it is safe, so it refuses every non-empty one, on its value.
 */
final class Jpa32Members {
    private final ReadContext ctx;
    private final ColumnReader columns;

    Jpa32Members(ReadContext ctx, ColumnReader columns) {
        this.ctx = ctx;
        this.columns = columns;
    }

    /** Reports every non-empty {@code options} member of a JPA annotation on the element, nested ones too. */
    void refuseOptions(Element element, String entity) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            String name = Ann.nameOf(m);
            if (name.startsWith("jakarta.persistence.")) {
                Ann.find(element, name, ctx.elements).ifPresent(a -> refuseOptions(a, entity));
            }
        }
    }

    private void refuseOptions(Ann a, String entity) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : a.mirror().getElementValues().entrySet()) {
            String member = e.getKey().getSimpleName().toString();
            Object value = e.getValue().getValue();
            if (member.equals("options") && value instanceof String s && !s.isBlank()) {
                ctx.problem(MappingMessages.OPTIONS_REFUSED, a.origin("options"), entity, Ann.simpleName(a.name()), s);
            } else if (value instanceof AnnotationMirror || value instanceof List<?>) {
                for (Ann nested : a.annotations(member)) {
                    refuseOptions(nested, entity);
                }
            }
        }
    }

    /** {@code check = @CheckConstraint(...)} of a table annotation ({@code @Table}, {@code @SecondaryTable}, {@code @JoinTable}). */
    void tableChecks(TableAssembly t, Ann tableAnnotation) {
        for (Ann check : tableAnnotation.annotations("check")) {
            String name = check.string("name").trim();
            columns.addCheck(t, name.isEmpty() ? uniqueName(t, t.localName() + "_check") : name,
                    check.string("constraint").trim(), check.has("name") ? check.origin("name") : check.origin());
        }
    }

    /** {@code check = @CheckConstraint(...)} of the {@code @Column} or {@code @JoinColumn} that made {@code column}. */
    void columnChecks(TableAssembly t, Element member, Ann columnAnnotation, String column) {
        for (Ann check : columnAnnotation.annotations("check")) {
            String name = check.string("name").trim();
            columns.addCheck(t, name.isEmpty() ? uniqueName(t, t.localName() + "_" + column + "_check") : name,
                    check.string("constraint").trim(), check.has("name") ? check.origin("name") : check.origin());
        }
    }

    /** The {@code comment} member of a JPA annotation, or null when absent or empty. */
    static String comment(Ann annotation) {
        String comment = annotation.string("comment").trim();
        return comment.isEmpty() ? null : comment;
    }

    private static String uniqueName(TableAssembly t, String base) {
        String candidate = base;
        for (int i = 2; exists(t, candidate); i++) {
            candidate = base + "_" + i;
        }
        return candidate;
    }

    private static boolean exists(TableAssembly t, String name) {
        return t.table.checks.stream().anyMatch(c -> c.name().equals(name));
    }
}
