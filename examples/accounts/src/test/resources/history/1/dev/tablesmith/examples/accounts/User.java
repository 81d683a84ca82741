package dev.tablesmith.examples.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** People with an account. */
@Entity
@Table(name = "users")
public class User extends Timestamped {
    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Login and contact address. */
    @NotBlank
    @Size(max = 255)
    @Column(nullable = false, unique = true)
    private String email;

    /** Display name. */
    @NotBlank
    @Column(nullable = false, length = 100)
    private String name;

    /** The name shown in the old forum; replaced by name. */
    @Column(length = 50)
    private String nickname;

    protected User() {}

    public User(String email, String name) {
        this.email = email;
        this.name = name;
    }
}
