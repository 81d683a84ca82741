package dev.tablesmith.diagnostics;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * {@code @Allow(value = "rule-id", reason = "...")} on an element or any element enclosing it
 * (field, class, outer class, package) suppresses that rule there.
 */
final class Suppressions {
    static final String ALLOW = "dev.tablesmith.annotations.Allow";
    static final String ALLOW_LIST = "dev.tablesmith.annotations.Allow.List";

    private final Elements elements;

    Suppressions(Elements elements) {
        this.elements = elements;
    }

    boolean allows(Element element, String ruleId) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            for (AnnotationMirror m : e.getAnnotationMirrors()) {
                String name = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
                if (name.equals(ALLOW) && ruleId.equals(value(m, "value"))) {
                    return true;
                }
                if (name.equals(ALLOW_LIST) && value(m, "value") instanceof List<?> list) {
                    for (Object item : list) {
                        if (((AnnotationValue) item).getValue() instanceof AnnotationMirror inner
                                && ruleId.equals(value(inner, "value"))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private Object value(AnnotationMirror m, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : elements.getElementValuesWithDefaults(m).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(member)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }
}
