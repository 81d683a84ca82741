/**
 * A small task board on Spring Boot: accounts own projects, projects hold tasks that move through a
 * board's columns, and tasks collect comments. Tablesmith turns the entities into the Flyway
 * migrations under {@code src/main/resources/db/migration}; Spring Boot's Flyway applies them at
 * start-up and Hibernate validates the result ({@code spring.jpa.hibernate.ddl-auto=validate}).
 */
package dev.tablesmith.examples.taskboard;
