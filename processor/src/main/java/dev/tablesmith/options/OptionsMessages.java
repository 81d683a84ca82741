package dev.tablesmith.options;

import dev.tablesmith.findings.Message;
import dev.tablesmith.findings.ProblemIds;

/** What {@link OptionsParser} says about {@code -A} options it cannot use: the value as written, and the fix. */
public enum OptionsMessages implements Message {
    /** Arguments: the dialect as written, the dialects there are. */
    UNKNOWN_DIALECT("-A" + Options.DIALECT + "=%s is not a dialect this version writes: use %s"),
    /** Arguments: the folder as written, the reason. */
    INVALID_PATH("-A" + Options.MIGRATIONS + "=%s is not a valid path: %s"),
    UNKNOWN_NAMING("-A" + Options.NAMING + "=%s is unknown: use spring or jpa"),
    UNKNOWN_MODE("-A" + Options.MODE + "=%s is unknown: use write, check or validate"),
    INVALID_NAME("-A" + Options.NAME + "=%s may contain only letters, digits and _"),
    INVALID_VERSION("-A" + Options.VERSION + "=%s must be digits separated by dots, e.g. 20261125120000"),
    UNKNOWN_BASELINE("-A" + Options.RULES + "=%s is unknown: use error, warning or off"),
    /** Arguments: the option key as written, the valid ids. */
    UNKNOWN_RULE("-A%s names no rule: valid ids are %s (write - as _ for javac, e.g. -A" + Options.RULE_PREFIX
            + "table_plural=off)"),
    /** Arguments: the option key, the value. */
    UNKNOWN_SEVERITY("-A%s=%s is unknown: use error, warning or off"),
    INVALID_LOCK_TIMEOUT("-A" + Options.LOCK_TIMEOUT + "=%s must be a duration such as 5s or 500ms"),
    INVALID_STATEMENT_TIMEOUT("-A" + Options.STATEMENT_TIMEOUT + "=%s must be a duration such as 1h, 15min or 30s (0 for "
            + "none)"),
    TABLE_CLASS_STARS("-A" + CodegenOptions.TABLE_CLASS + "=%s must contain exactly one *" + Fix.TABLE_CLASS),
    TABLE_CLASS_SELF("-A" + CodegenOptions.TABLE_CLASS + "=* would name the table class like the entity itself"
            + Fix.TABLE_CLASS),
    /** JPA's static metamodel (Hibernate's jpamodelgen) generates {@code Foo_} for every entity {@code Foo}. */
    TABLE_CLASS_METAMODEL("-A" + CodegenOptions.TABLE_CLASS + "=*_ clashes with the JPA static metamodel classes"
            + Fix.TABLE_CLASS),
    TABLE_CLASS_NOT_A_NAME("-A" + CodegenOptions.TABLE_CLASS + "=%s does not give a Java class name" + Fix.TABLE_CLASS),
    CATALOG_PACKAGE("-A" + CodegenOptions.CATALOG_PACKAGE + "=%s is not a Java package name, e.g. com.shop.db");

    private final String template;

    OptionsMessages(String template) {
        this.template = template;
    }

    @Override
    public String id() {
        return ProblemIds.OPTIONS;
    }

    @Override
    public String template() {
        return template;
    }

    /** Text several messages end with (a holder class: an enum constant cannot use the enum's own static fields). */
    private static final class Fix {
        static final String TABLE_CLASS = ": use a Java name containing * once for the entity's name, e.g. *Table "
                + "(the default) or *Columns, or none for no table classes";
    }
}
