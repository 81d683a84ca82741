package dev.tablesmith.diagnostics;

import dev.tablesmith.model.Origin;
import dev.tablesmith.reading.ElementRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An {@link Origin} resolved back to what {@code Messager} takes: the element, the annotation on it
 * and the value inside, following paths such as {@code indexes[1].columnList}. For a value inside
 * a nested annotation the mirror is that nested annotation ({@code @Index}), not the one on the
 * element: javac finds the value's position either way, but Eclipse's compiler only looks for the
 * value among the given mirror's own members (it does find nested mirrors), and would otherwise
 * point at the whole {@code @Table}.
 */
record Position(Element element, AnnotationMirror mirror, AnnotationValue value) {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)(?:\\[(\\d+)])?");

    static Optional<Position> resolve(Origin origin, ElementRegistry registry) {
        if (origin.isNone()) {
            return Optional.empty();
        }
        Optional<Element> element = registry.get(origin.element());
        if (element.isEmpty()) {
            return Optional.empty();
        }
        if (origin.annotation() == null) {
            return Optional.of(new Position(element.get(), null, null));
        }
        // "A|B": the first of these annotations the element has (a default from @Default or @ColumnDefault)
        AnnotationMirror mirror = null;
        for (String annotation : origin.annotation().split("\\|")) {
            for (AnnotationMirror m : element.get().getAnnotationMirrors()) {
                if (mirror == null
                        && ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                    mirror = m;
                }
            }
        }
        if (mirror == null) {
            return Optional.of(new Position(element.get(), null, null));
        }
        return Optional.of(at(element.get(), mirror, origin.path()));
    }

    /**
     * The position of the value at a path, with the innermost annotation holding it; the annotation
     * alone when the path does not lead to a written value.
     */
    private static Position at(Element element, AnnotationMirror mirror, String path) {
        Position unresolved = new Position(element, mirror, null);
        if (path == null || path.isEmpty()) {
            return unresolved;
        }
        AnnotationMirror current = mirror;
        AnnotationMirror holder = mirror;
        AnnotationValue value = null;
        for (String part : path.split("\\.")) {
            if (current == null) {
                return unresolved;
            }
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                return unresolved;
            }
            holder = current;
            value = member(current, m.group(1));
            if (value == null) {
                return unresolved;
            }
            if (m.group(2) != null) {
                if (!(value.getValue() instanceof List<?> list)) {
                    // a single value written without braces stands for a one-element array
                    if (!m.group(2).equals("0")) {
                        return unresolved;
                    }
                } else {
                    int index = Integer.parseInt(m.group(2));
                    if (index >= list.size()) {
                        return unresolved;
                    }
                    value = (AnnotationValue) list.get(index);
                }
            }
            current = value.getValue() instanceof AnnotationMirror nested ? nested : null;
        }
        return new Position(element, holder, value);
    }

    private static AnnotationValue member(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
