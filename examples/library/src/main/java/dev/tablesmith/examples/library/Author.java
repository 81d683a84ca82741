package dev.tablesmith.examples.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person who wrote books the library holds. */
@Entity
@Table(name = "authors")
public class Author extends Timestamped {
    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The name as printed on the cover. */
    @NotBlank
    @Size(max = 200)
    private String name;

    /** Year of birth, when known. */
    @Column(name = "born_in")
    private Integer bornIn;
}
