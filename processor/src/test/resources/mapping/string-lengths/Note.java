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

    // no String of length 16384..65535: Tablesmith writes TEXT on MariaDB, where Hibernate 6.6 writes a
    // VARCHAR that MariaDB refuses in utf8mb4 ("Column length too big"), so its own DDL fails

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
