package dev.tablesmith.examples.shop;

import dev.tablesmith.annotations.TableIndex;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** People with an account: customers and staff. */
@NamedNativeQuery(name = "User.byLogin", query = "SELECT id, name, is_active FROM users WHERE lower(email) = lower(?)")
@Entity
@Table(name = "users")
@TableIndex(expression = "lower(email)", unique = true,
        reason = "case-insensitive login: WHERE lower(email) = lower(?)")
public class User extends BaseEntity {
    /** Login and contact address. */
    @NotBlank
    @Size(max = 255)
    @Column(nullable = false, unique = true)
    private String email;

    /** Display name. */
    @NotBlank
    @Column(nullable = false, length = 100)
    private String name;

    /** Whether the account may sign in. */
    @Column(nullable = false)
    private boolean isActive = true;

    /** When the email address was confirmed; null until then. */
    private Instant emailVerifiedAt;

    /** Soft delete: set instead of deleting the row. */
    private Instant deletedAt;

    /** What the user may do. */
    @ElementCollection
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = new HashSet<>();

    protected User() {}

    public User(String email, String name) {
        this.email = email;
        this.name = name;
    }

    public String getEmail() {
        return email;
    }
}
