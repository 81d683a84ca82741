package dev.tablesmith.examples.accounts;

import dev.tablesmith.annotations.Default;
import dev.tablesmith.annotations.OnDelete;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** One user's settings, as in the handbook's migration template; deleted with the user. */
@Entity
@Table(name = "user_preferences")
public class UserPreference extends Timestamped {
    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "user_id")
    @OnDelete(OnDelete.Action.CASCADE)
    private User user;

    /** UI theme name. */
    @Default("'light'")
    @Column(length = 50)
    private String theme = "light";

    /** Whether the user receives notification emails. */
    @Default("true")
    private Boolean notificationsEnabled = Boolean.TRUE;
}
