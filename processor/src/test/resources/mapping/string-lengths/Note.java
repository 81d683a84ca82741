package mapping.stringlengths;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Size;

/** VARCHAR and VARBINARY lengths beyond what a database holds: MariaDB's text and blob types, PostgreSQL's text. */
@Entity
public class Note {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 1)
    private String flag;

    @Column(length = 10000)
    private String longest;

    @Column(length = 16384)
    private String text;

    @Column(length = 70000)
    private String medium;

    @Column(length = 20000000)
    private String huge;

    @Column(length = 5000)
    private byte[] blobValue;

    @Column(length = 70000)
    private byte[] bigBlob;

    @Size(max = 40)
    private String sized;
}
