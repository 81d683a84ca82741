package dev.tablesmith.examples.taskboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who signs in: owns projects, reports and works on tasks. */
@Entity
@Table(name = "accounts")
public class Account extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Sign-in and notification address. */
    @Column(nullable = false, unique = true, length = 320)
    private String email;

    /** The name shown on the board. */
    @Column(nullable = false, length = 100)
    private String displayName;

    protected Account() {}

    public Account(String email, String displayName) {
        this.email = email;
        this.displayName = displayName;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
