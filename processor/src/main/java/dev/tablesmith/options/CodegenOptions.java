package dev.tablesmith.options;

import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * Options of the generated Java sources.
 *
 * @param tableClass the table class name pattern: {@code *} stands for the entity's simple name
 *     ({@code *Table}: {@code User} → {@code UserTable}); {@code none} generates no table classes
 * @param catalogPackage package of {@code TablesmithMigrations}, or null for the entities' common package
 */
public record CodegenOptions(String tableClass, String catalogPackage) {
    public static final String TABLE_CLASS = Options.PREFIX + "tableClass";
    public static final String CATALOG_PACKAGE = Options.PREFIX + "catalogPackage";
    public static final CodegenOptions DEFAULTS = new CodegenOptions("*Table", null);
    /** The pattern that turns table classes off (a project that does not use them skips their compile time). */
    public static final String NO_TABLE_CLASSES = "none";

    public boolean tableClasses() {
        return !NO_TABLE_CLASSES.equals(tableClass);
    }

    /** The table class of an entity: the pattern with {@code *} replaced by the entity's simple name. */
    public String tableClassName(String entitySimpleName) {
        return tableClass.replace("*", entitySimpleName);
    }

    /** The problem with a pattern, or empty when it is usable. */
    static Optional<String> checkTableClass(String pattern) {
        if (pattern.equals(NO_TABLE_CLASSES)) {
            return Optional.empty();
        }
        String fix = ": use a Java name containing * once for the entity's name, e.g. *Table (the default) or *Columns, or none for no table classes";
        if (pattern.chars().filter(c -> c == '*').count() != 1) {
            return Optional.of("-A" + TABLE_CLASS + "=" + pattern + " must contain exactly one *" + fix);
        }
        String sample = pattern.replace("*", "Entity");
        if (pattern.equals("*")) {
            return Optional.of("-A" + TABLE_CLASS + "=* would name the table class like the entity itself" + fix);
        }
        if (pattern.equals("*_")) {
            // JPA's static metamodel (Hibernate's jpamodelgen) generates Foo_ for every entity Foo.
            return Optional.of("-A" + TABLE_CLASS + "=*_ clashes with the JPA static metamodel classes" + fix);
        }
        if (!SourceVersion.isIdentifier(sample) || SourceVersion.isKeyword(sample)) {
            return Optional.of("-A" + TABLE_CLASS + "=" + pattern + " does not give a Java class name" + fix);
        }
        return Optional.empty();
    }

    static Optional<String> checkPackage(String name) {
        if (!SourceVersion.isName(name)) {
            return Optional.of("-A" + CATALOG_PACKAGE + "=" + name + " is not a Java package name, e.g. com.shop.db");
        }
        return Optional.empty();
    }
}
