package dev.tablesmith.options;

import dev.tablesmith.findings.Finding;
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
    static Optional<Finding> checkTableClass(String pattern) {
        if (pattern.equals(NO_TABLE_CLASSES)) {
            return Optional.empty();
        }
        if (pattern.chars().filter(c -> c == '*').count() != 1) {
            return Optional.of(Finding.withoutElement(OptionsMessages.TABLE_CLASS_STARS, pattern));
        }
        String sample = pattern.replace("*", "Entity");
        if (pattern.equals("*")) {
            return Optional.of(Finding.withoutElement(OptionsMessages.TABLE_CLASS_SELF));
        }
        if (pattern.equals("*_")) {
            return Optional.of(Finding.withoutElement(OptionsMessages.TABLE_CLASS_METAMODEL));
        }
        if (!SourceVersion.isIdentifier(sample) || SourceVersion.isKeyword(sample)) {
            return Optional.of(Finding.withoutElement(OptionsMessages.TABLE_CLASS_NOT_A_NAME, pattern));
        }
        return Optional.empty();
    }

    static Optional<Finding> checkPackage(String name) {
        if (!SourceVersion.isName(name)) {
            return Optional.of(Finding.withoutElement(OptionsMessages.CATALOG_PACKAGE, name));
        }
        return Optional.empty();
    }
}
