package mapping.columndefinition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** @Column(columnDefinition): the SQL type as written (raw SQL, reviewed in issue 11). */
@Entity
public class Snippet {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(columnDefinition = "text")
    private String code;

    @Column(columnDefinition = "varchar(20)")
    private String language;
}
