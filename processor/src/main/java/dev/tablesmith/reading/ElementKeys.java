package dev.tablesmith.reading;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Stable string keys for elements, used in {@link dev.tablesmith.model.Origin}s: a type by its
 * qualified name, a member as {@code type#member} (methods with {@code ()}).
 */
public final class ElementKeys {
    private ElementKeys() {}

    public static String key(Element element) {
        if (element instanceof TypeElement t) {
            return t.getQualifiedName().toString();
        }
        if (element instanceof PackageElement p) {
            return p.getQualifiedName().toString();
        }
        Element owner = element.getEnclosingElement();
        String ownerKey = owner == null ? "" : key(owner);
        String member = element.getSimpleName().toString();
        if (element instanceof ExecutableElement || element.getKind() == ElementKind.METHOD) {
            member += "()";
        }
        return ownerKey + "#" + member;
    }
}
