package dev.tablesmith.rules.naming;

import dev.tablesmith.findings.Message;

/**
 * What the naming rules say. The fix at the end is built by {@link NamingSupport} from where the
 * name was written ({@code use @Table(name = "orders")}) or derived ({@code add @Table(...)}).
 */
public enum NamingMessages implements Message {
    TABLE_SNAKE_CASE("table-snake-case", "table name '%s' should be snake_case: %s"),
    TABLE_PLURAL("table-plural", "table name '%s' should be plural: %s"),
    /** One finding for both: the plural reserved-word suggests is the name table-plural suggests. */
    TABLE_PLURAL_AND_RESERVED("table-plural", "table name '%s' should be plural, and is a reserved word in %s: %s"),
    COLUMN_SNAKE_CASE("column-snake-case", "column name '%s' should be snake_case: %s"),
    PK_NAME("pk-name", "primary key column '%s' should be named 'id' or '%s': %s"),
    /** An inherited key is one declaration for many tables: the same text for all of them. */
    PK_NAME_INHERITED("pk-name", "primary key column '%s' should be named 'id' (or '<table_singular>_id'): %s"),
    FK_COLUMN_NAME("fk-column-name", "foreign key column '%s' to table '%s' should be named '%s': %s"),
    FK_COLUMN_NOT_A_ROLE("fk-column-name", "foreign key column '%s' to table '%s' should be named '%s' (a role "
            + "name fits only where a table references itself or the same table more than once): %s"),
    FK_COLUMN_ROLE_SUFFIX("fk-column-name", "foreign key column '%s' to table '%s' should end with '%s': %s"),
    INDEX_NAME("index-name", "index name '%s' should read idx_<table>_<columns>: %s, or leave the name out to "
            + "have it generated"),
    UNIQUE_NAME("constraint-name", "unique constraint name '%s' should read <table>_<columns>_unique: %s"),
    FOREIGN_KEY_NAME("constraint-name", "foreign key name '%s' should read <table>_<columns>_fkey: %s"),
    CHECK_NAME("constraint-name", "check constraint name '%s' should read <table>_<column>_<what it asserts>: %s"),
    /** A check whose expression is not recognised. Arguments: the name, the table. */
    CHECK_NAME_UNRECOGNISED("constraint-name", "check constraint name '%1$s' should read "
            + "<table>_<column>_<what it asserts>: name it %2$s_<column>_<what it asserts>, e.g. "
            + "'%2$s_total_positive'"),
    CHECK_NAME_CONTRADICTS("constraint-name", "check constraint name '%s' says it asserts something other than "
            + "(%s): %s"),
    /** Arguments: the name, the table. */
    EXCLUSION_NAME("constraint-name", "exclusion constraint name '%1$s' should read <table>_<what it prevents>: "
            + "name it %2$s_<what it prevents>, e.g. '%2$s_no_overlap'"),
    RESERVED_TABLE("reserved-word", "table name '%s' is a reserved word in %s: %s"),
    RESERVED_COLUMN("reserved-word", "column name '%s' is a reserved word in %s: %s"),
    /** {@code what} is the kind of name ({@code generated index name}); the fix depends on where it came from. */
    IDENTIFIER_LENGTH("identifier-length", "%s '%s' is %s bytes, over the %s-byte limit (PostgreSQL truncates "
            + "longer names silently): %s");

    private final String id;
    private final String template;

    NamingMessages(String id, String template) {
        this.id = id;
        this.template = template;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String template() {
        return template;
    }
}
