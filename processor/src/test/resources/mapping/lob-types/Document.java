package mapping.lobtypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;

/** @Lob and the JDBC large-object types: oid on PostgreSQL, MariaDB's text and blob types by length. */
@Entity
public class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Lob
    private String body;

    @Lob
    private char[] draft;

    @Lob
    private byte[] scan;

    private Blob original;

    private Clob text;

    private NClob translation;

    @Lob
    @Column(length = 200)
    private String summary;

    @Lob
    @Column(length = 60000)
    private String abstractText;

    @Lob
    @Column(length = 1000000)
    private byte[] thumbnail;
}
