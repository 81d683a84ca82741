package dev.tablesmith.examples.taskboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application: Spring Boot wires the data source, Flyway, JPA and the repositories. */
@SpringBootApplication
public class TaskBoardApplication {
    public static void main(String[] args) {
        SpringApplication.run(TaskBoardApplication.class, args);
    }
}
