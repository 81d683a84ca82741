package dev.tablesmith.examples.accounts;

import dev.tablesmith.annotations.Default;
import dev.tablesmith.annotations.TableIndex;
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
@TableIndex(columns = "phone", reason = "support looks callers up by phone number")
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
    @Deprecated
    @Column(length = 50)
    private String nickname;

    /** Phone number in E.164 form; optional. */
    @Column(length = 50)
    private String phone;

    /** Whether the email address was confirmed. */
    @Default("false")
    @Column(nullable = false)
    private Boolean verified = Boolean.FALSE;

    protected User() {}

    public User(String email, String name) {
        this.email = email;
        this.name = name;
    }
}
