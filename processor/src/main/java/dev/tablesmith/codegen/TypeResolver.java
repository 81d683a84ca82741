package dev.tablesmith.codegen;

/**
 * Turns a column's Java type name ({@link ColumnJavaTypes}) into what generated code in a given
 * package can write. The processor resolves names against javac's elements
 * ({@link ElementTypeResolver}), so nested, generic, inaccessible and deprecated types are handled.
 */
@FunctionalInterface
public interface TypeResolver {
    /**
     * @param qualifiedName {@code long}, {@code java.lang.String}, {@code com.shop.Order.Status}, {@code byte[]}
     * @param fromPackage the package of the generated class
     */
    JavaType resolve(String qualifiedName, String fromPackage);
}
