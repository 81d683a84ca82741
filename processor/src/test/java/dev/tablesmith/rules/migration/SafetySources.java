package dev.tablesmith.rules.migration;

import java.util.List;

/** Entities the migration-safety rules' tests change between two builds. */
final class SafetySources {
    private SafetySources() {}

    /** The users table with extra field declarations (each line indented by four spaces). */
    static String user(String fields) {
        return """
                package app;
                import jakarta.persistence.*;
                import dev.tablesmith.annotations.*;
                @Entity @Table(name = "users")
                public class User {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, length = 100) String email;
                %s}
                """.formatted(fields);
    }

    static List<String> users(String fields) {
        return List.of(user(fields));
    }

    static final String USER_WITH_FAX = user("    @Column(nullable = false) String fax;\n");

    static final String NOTE = """
            package app;
            import jakarta.persistence.*;
            @Entity @Table(name = "notes")
            public class Note {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                String body;
            }
            """;
}
