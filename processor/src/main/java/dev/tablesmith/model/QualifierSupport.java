package dev.tablesmith.model;

/**
 * Which of JPA's table qualifiers a database reads as the namespace a table lives in, as Hibernate
 * ORM's {@code NameQualifierSupport} decides it: PostgreSQL has schemas ({@code @Table(schema)};
 * a catalog is the database itself, and Hibernate ignores it), MySQL and MariaDB have databases,
 * which Hibernate names with {@code @Table(catalog)} (ignoring the schema), SQLite has neither.
 */
public enum QualifierSupport {
    SCHEMA,
    CATALOG,
    NONE
}
