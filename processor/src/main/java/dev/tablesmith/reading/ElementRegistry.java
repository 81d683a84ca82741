package dev.tablesmith.reading;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Element keys back to elements, so findings made on plain-data origins can be reported on the
 * element the IDE knows. Filled by the reader as it visits elements.
 */
public final class ElementRegistry {
    private final Map<String, Element> byKey = new java.util.LinkedHashMap<>();

    public void register(Element element) {
        byKey.putIfAbsent(ElementKeys.key(element), element);
    }

    /** Every element registered so far, in registration order. */
    public Iterable<Element> all() {
        return java.util.List.copyOf(byKey.values());
    }

    public Optional<Element> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
