package dev.tablesmith.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.Collections;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Resolves Java type names against the compilation's elements (the edge that sees javac). */
public final class ElementTypeResolver implements TypeResolver {
    private static final Map<String, ClassName> PRIMITIVES = Map.of(
            "boolean", ClassName.get("java.lang", "Boolean"), "byte", ClassName.get("java.lang", "Byte"),
            "short", ClassName.get("java.lang", "Short"), "int", ClassName.get("java.lang", "Integer"),
            "long", ClassName.get("java.lang", "Long"), "char", ClassName.get("java.lang", "Character"),
            "float", ClassName.get("java.lang", "Float"), "double", ClassName.get("java.lang", "Double"));

    private final Elements elements;

    public ElementTypeResolver(Elements elements) {
        this.elements = elements;
    }

    @Override
    public JavaType resolve(String qualifiedName, String fromPackage) {
        String name = qualifiedName.trim();
        if (name.endsWith("[]")) {
            String componentName = name.substring(0, name.length() - 2).trim();
            TypeName primitive = primitiveArrayComponent(componentName);
            if (primitive != null) {
                ArrayTypeName array = ArrayTypeName.of(primitive);
                return new JavaType(array, array, false, false, qualifiedName);
            }
            JavaType component = resolve(componentName, fromPackage);
            return new JavaType(ArrayTypeName.of(component.valueType()), ArrayTypeName.of(component.classLiteral()),
                    component.erased(), component.deprecated(), qualifiedName);
        }
        ClassName boxed = PRIMITIVES.get(name);
        if (boxed != null) {
            return new JavaType(boxed, boxed, false, false, qualifiedName);
        }
        TypeElement type = name.isEmpty() ? null : elements.getTypeElement(name);
        if (type == null || !accessible(type, fromPackage)) {
            return JavaType.object(qualifiedName);
        }
        ClassName className = ClassName.get(type);
        boolean deprecated = deprecated(type);
        int parameters = type.getTypeParameters().size();
        if (parameters == 0) {
            return new JavaType(className, className, false, deprecated, qualifiedName);
        }
        TypeName[] wildcards = Collections.nCopies(parameters, WildcardTypeName.subtypeOf(Object.class))
                .toArray(new TypeName[0]);
        return new JavaType(ParameterizedTypeName.get(className, wildcards), className, true, deprecated,
                qualifiedName);
    }

    private static TypeName primitiveArrayComponent(String name) {
        return switch (name) {
            case "boolean" -> TypeName.BOOLEAN;
            case "byte" -> TypeName.BYTE;
            case "short" -> TypeName.SHORT;
            case "int" -> TypeName.INT;
            case "long" -> TypeName.LONG;
            case "char" -> TypeName.CHAR;
            case "float" -> TypeName.FLOAT;
            case "double" -> TypeName.DOUBLE;
            default -> null;
        };
    }

    /** Whether a class in {@code fromPackage} may name the type: public all the way out, or in that package. */
    private boolean accessible(TypeElement type, String fromPackage) {
        String typePackage = elements.getPackageOf(type).getQualifiedName().toString();
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
            if (!e.getModifiers().contains(Modifier.PUBLIC) && !typePackage.equals(fromPackage)) {
                return false;
            }
        }
        return true;
    }

    private boolean deprecated(TypeElement type) {
        for (Element e = type; e != null && !(e instanceof PackageElement); e = e.getEnclosingElement()) {
            if (elements.isDeprecated(e)) {
                return true;
            }
        }
        return false;
    }
}
