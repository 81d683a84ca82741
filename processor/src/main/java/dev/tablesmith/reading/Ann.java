package dev.tablesmith.reading;

import dev.tablesmith.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * One annotation instance read by name, with typed access to its members and the {@link Origin}
 * of each member so diagnostics can point at the exact value. A repeated annotation inside its
 * container, or an annotation nested in another ({@code @Table(indexes = @Index(...))}), keeps
 * the path from the top-level annotation on the element.
 */
final class Ann {
    private final AnnotationMirror mirror;
    private final Elements elements;
    private final String elementKey;
    private final String topAnnotation;
    private final String pathPrefix;
    private Map<String, AnnotationValue> withDefaults;
    private Map<String, AnnotationValue> written;

    private Ann(AnnotationMirror mirror, Elements elements, String elementKey, String topAnnotation,
            String pathPrefix) {
        this.mirror = mirror;
        this.elements = elements;
        this.elementKey = elementKey;
        this.topAnnotation = topAnnotation;
        this.pathPrefix = pathPrefix;
    }

    static Optional<Ann> find(Element element, String qualifiedName, Elements elements) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (nameOf(m).equals(qualifiedName)) {
                return Optional.of(new Ann(m, elements, ElementKeys.key(element), qualifiedName, ""));
            }
        }
        return Optional.empty();
    }

    /** A repeatable annotation: direct instances plus those inside its container. */
    static List<Ann> findAll(Element element, String qualifiedName, String containerName, Elements elements) {
        List<Ann> result = new ArrayList<>();
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            String name = nameOf(m);
            if (name.equals(qualifiedName)) {
                result.add(new Ann(m, elements, ElementKeys.key(element), name, ""));
            } else if (name.equals(containerName)) {
                Ann container = new Ann(m, elements, ElementKeys.key(element), name, "");
                result.addAll(container.annotations("value"));
            }
        }
        return result;
    }

    static boolean has(Element element, String qualifiedName) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (nameOf(m).equals(qualifiedName)) {
                return true;
            }
        }
        return false;
    }

    static String nameOf(AnnotationMirror m) {
        return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    String name() {
        return nameOf(mirror);
    }

    AnnotationMirror mirror() {
        return mirror;
    }

    /** The annotation as a whole. */
    Origin origin() {
        return new Origin(elementKey, topAnnotation, pathPrefix.isEmpty() ? null : strip(pathPrefix));
    }

    /** One member's value; when the member was not written, the annotation itself. */
    Origin origin(String member) {
        return explicit(member) != null
                ? new Origin(elementKey, topAnnotation, pathPrefix + member)
                : origin();
    }

    /** Whether the member was written in the source (defaults are not). */
    boolean has(String member) {
        return explicit(member) != null;
    }

    String string(String member) {
        Object v = value(member);
        return v == null ? "" : v.toString();
    }

    boolean bool(String member) {
        Object v = value(member);
        return v instanceof Boolean b && b;
    }

    int integer(String member) {
        Object v = value(member);
        return v instanceof Number n ? n.intValue() : 0;
    }

    long longValue(String member) {
        Object v = value(member);
        return v instanceof Number n ? n.longValue() : 0L;
    }

    /** Name of an enum constant value, or "" when absent. */
    String enumName(String member) {
        Object v = value(member);
        return v instanceof VariableElement ve ? ve.getSimpleName().toString() : "";
    }

    /** A {@code Class} value, or null. */
    TypeMirror type(String member) {
        Object v = value(member);
        return v instanceof TypeMirror t ? t : null;
    }

    List<String> strings(String member) {
        Object v = value(member);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object item : list) {
                out.add(String.valueOf(((AnnotationValue) item).getValue()));
            }
        } else if (v instanceof String s) {
            out.add(s);
        }
        return out;
    }

    /** Origin of the i-th element of an array member. */
    Origin origin(String member, int index) {
        AnnotationValue v = explicit(member);
        if (v == null) {
            return origin();
        }
        return v.getValue() instanceof List<?>
                ? new Origin(elementKey, topAnnotation, pathPrefix + member + "[" + index + "]")
                : new Origin(elementKey, topAnnotation, pathPrefix + member);
    }

    List<Ann> annotations(String member) {
        Object v = value(member);
        List<Ann> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = ((AnnotationValue) list.get(i)).getValue();
                if (item instanceof AnnotationMirror m) {
                    out.add(new Ann(m, elements, elementKey, topAnnotation, pathPrefix + member + "[" + i + "]."));
                }
            }
        } else if (v instanceof AnnotationMirror m) {
            out.add(new Ann(m, elements, elementKey, topAnnotation, pathPrefix + member + "."));
        }
        return out;
    }

    Optional<Ann> annotation(String member) {
        Object v = value(member);
        return v instanceof AnnotationMirror m
                ? Optional.of(new Ann(m, elements, elementKey, topAnnotation, pathPrefix + member + "."))
                : Optional.empty();
    }

    private Object value(String member) {
        if (withDefaults == null) {
            // javac builds the defaults map anew on every call: read it once per annotation
            withDefaults = byName(elements.getElementValuesWithDefaults(mirror));
        }
        AnnotationValue v = withDefaults.get(member);
        return v == null ? null : v.getValue();
    }

    private AnnotationValue explicit(String member) {
        if (written == null) {
            written = byName(mirror.getElementValues());
        }
        return written.get(member);
    }

    private static Map<String, AnnotationValue> byName(
            Map<? extends ExecutableElement, ? extends AnnotationValue> values) {
        Map<String, AnnotationValue> byName = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
            byName.put(e.getKey().getSimpleName().toString(), e.getValue());
        }
        return byName;
    }

    private static String strip(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
