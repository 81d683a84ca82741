package dev.tablesmith.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.regex.Pattern;

/**
 * How generated code names the Java type of a column's values.
 *
 * @param valueType the type argument of the descriptor ({@code Long}, {@code List<?>})
 * @param classLiteral the type whose {@code .class} is passed ({@code Long}, {@code List})
 * @param erased the value type is generic, so the class literal is only its erasure
 * @param deprecated the type is deprecated (its use in generated code must not warn)
 * @param declared the type as the entity declares it, for documentation
 */
public record JavaType(TypeName valueType, TypeName classLiteral, boolean erased, boolean deprecated,
        String declared) {
    private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*\\.(?=[A-Z])");
    static final ClassName OBJECT = ClassName.get("java.lang", "Object");

    /** For a type generated code cannot name (private, or not found): {@code Object}. */
    public static JavaType object(String declared) {
        return new JavaType(OBJECT, OBJECT, false, false, declared);
    }

    /** The simple, readable form for Javadoc ({@code Long}, {@code List<?>}, {@code byte[]}). */
    String display() {
        return PACKAGE_PREFIX.matcher(valueType.toString()).replaceAll("");
    }

    /** Whether the value type is {@code Object}, compared by name (JavaPoet's equals formats both types). */
    boolean isObject() {
        return valueType instanceof ClassName c && c.canonicalName().equals("java.lang.Object");
    }
}
