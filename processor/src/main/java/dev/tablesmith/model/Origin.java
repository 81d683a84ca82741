package dev.tablesmith.model;

/**
 * Where something came from in the source, as plain strings so the core needs no javac: the element
 * ({@code com.shop.User}, {@code com.shop.User#email}), optionally one annotation on it (qualified
 * name) and a path to one of its values ({@code name}, {@code indexes[1].columnList}). The
 * diagnostics layer turns it back into an Element, AnnotationMirror and AnnotationValue so the
 * IDE underlines the exact string.
 *
 * @param annotation qualified annotation name, or null for the element itself
 * @param path value path inside the annotation, or null for the whole annotation
 */
public record Origin(String element, String annotation, String path) {
    public static final Origin NONE = new Origin("", null, null);

    public static Origin element(String element) {
        return new Origin(element, null, null);
    }

    public Origin annotation(String annotationName) {
        return new Origin(element, annotationName, null);
    }

    public Origin value(String annotationName, String valuePath) {
        return new Origin(element, annotationName, valuePath);
    }

    /** The same element without the annotation detail. */
    public Origin elementOnly() {
        return new Origin(element, null, null);
    }

    public boolean isNone() {
        return element.isEmpty();
    }

    /** The type part of the element key ({@code com.shop.User} for {@code com.shop.User#email}). */
    public String typeName() {
        int hash = element.indexOf('#');
        return hash < 0 ? element : element.substring(0, hash);
    }

    @Override
    public String toString() {
        return element + (annotation == null ? "" : " @" + annotation + (path == null ? "" : "(" + path + ")"));
    }
}
