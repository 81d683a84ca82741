package mapping.propertyaccess;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Property access by @Access on the class, with one field mapped directly. */
@Entity
@Table(name = "badges")
@Access(AccessType.PROPERTY)
public class Badge {
    private Long id;
    private String label;

    @Access(AccessType.FIELD)
    @Column(name = "level", nullable = false)
    private int rank;

    @Id
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    @Column(length = 40)
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
