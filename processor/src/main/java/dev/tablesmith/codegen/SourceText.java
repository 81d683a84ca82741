package dev.tablesmith.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Java source text for the table classes, written straight into one buffer. JavaPoet formats
 * every file twice (once to collect imports) through many small pieces; for a thousand table
 * classes that was about a tenth of the whole compilation (see benchmarks/NOTES-perf.md), so the
 * hot path writes text and keeps JavaPoet's {@link TypeName}s only to name types. Names are
 * imported on first use; a later type with a simple name already taken, or one of the generated
 * class's own names, is written qualified.
 */
final class SourceText {
    private final String packageName;
    private final Set<String> ownNames;
    private final Map<String, ClassName> bySimpleName = new HashMap<>();
    private final Set<String> imports = new TreeSet<>();
    private final StringBuilder body = new StringBuilder(8192);

    /**
     * @param packageName the package of the generated file
     * @param ownNames simple names the file declares (the class and its nested classes)
     */
    SourceText(String packageName, Set<String> ownNames) {
        this.packageName = packageName;
        this.ownNames = ownNames;
    }

    SourceText append(String text) {
        body.append(text);
        return this;
    }

    SourceText indent(int level) {
        body.append("    ".repeat(level));
        return this;
    }

    /** A Javadoc comment: on one line when the text is one line, else one {@code *} line per line. */
    SourceText javadoc(int level, String text) {
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (t.indexOf('\n') < 0) {
            indent(level).append("/** ").append(t).append(" */\n");
            return this;
        }
        indent(level).append("/**\n");
        for (String line : t.split("\n", -1)) {
            indent(level).append(line.isEmpty() ? " *\n" : " * " + line + "\n");
        }
        indent(level).append(" */\n");
        return this;
    }

    /** The name of a type as this file can write it, importing it when it may. */
    String name(TypeName type) {
        if (type instanceof ClassName c) {
            return name(c);
        }
        if (type instanceof ParameterizedTypeName p) {
            StringBuilder s = new StringBuilder(name(p.rawType())).append('<');
            List<TypeName> args = p.typeArguments();
            for (int i = 0; i < args.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(name(args.get(i)));
            }
            return s.append('>').toString();
        }
        if (type instanceof WildcardTypeName w) {
            if (!w.lowerBounds().isEmpty()) {
                return "? super " + name(w.lowerBounds().get(0));
            }
            TypeName upper = w.upperBounds().get(0);
            return upper.equals(ClassName.OBJECT) ? "?" : "? extends " + name(upper);
        }
        if (type instanceof ArrayTypeName a) {
            return name(a.componentType()) + "[]";
        }
        return type.toString(); // a primitive
    }

    private String name(ClassName c) {
        ClassName top = c.topLevelClassName();
        String relative = String.join(".", c.simpleNames());
        String simple = top.simpleName();
        ClassName holder = bySimpleName.get(simple);
        if (holder == null && !ownNames.contains(simple)) {
            bySimpleName.put(simple, top);
            holder = top;
            if (!top.packageName().equals("java.lang") && !top.packageName().equals(packageName)) {
                imports.add(top.canonicalName());
            }
        }
        return top.canonicalName().equals(holder.canonicalName()) ? relative : c.canonicalName();
    }

    /** A string literal with what Java requires escaped; other characters outside ASCII's printable range as {@code \}{@code uXXXX}. */
    static String literal(String value) {
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '\b' -> s.append("\\b");
                case '\f' -> s.append("\\f");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029') {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /** {@code List.of(a, b, ...)}-style arguments, wrapped before 100 columns with a double indent. */
    static String wrapped(String head, List<String> items, String tail, int level) {
        StringBuilder s = new StringBuilder(head);
        int column = 4 * level + head.length();
        String continuation = "\n" + "    ".repeat(level + 2);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : tail);
            if (i > 0 && column + 1 + item.length() > 100) {
                s.append(continuation);
                column = continuation.length() - 1;
            } else if (i > 0) {
                s.append(' ');
                column++;
            }
            s.append(item);
            column += item.length();
        }
        if (items.isEmpty()) {
            s.append(tail);
        }
        return s.toString();
    }

    /** The whole file: package, imports, then the body. */
    String file() {
        StringBuilder s = new StringBuilder(body.length() + 512);
        if (!packageName.isEmpty()) {
            s.append("package ").append(packageName).append(";\n\n");
        }
        for (String i : imports) {
            s.append("import ").append(i).append(";\n");
        }
        if (!imports.isEmpty()) {
            s.append('\n');
        }
        return s.append(body).toString();
    }
}
