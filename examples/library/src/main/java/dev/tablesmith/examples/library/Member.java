package dev.tablesmith.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone who may borrow books. */
@Entity
@Table(name = "members")
public class Member extends Timestamped {
    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Where reminders go; one membership per address. */
    @Email
    @NotBlank
    @Size(max = 254)
    @Column(unique = true)
    private String email;

    /** Full name. */
    @NotBlank
    @Size(max = 200)
    private String name;
}
