package mapping.propertyaccess;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/** Field access (the @Id is on a field) with one attribute mapped through its getter. */
@Entity
@Table(name = "teams")
public class Team {
    @Id
    private Long id;

    @Column(length = 80)
    private String name;

    @Transient
    private String motto;

    @Access(AccessType.PROPERTY)
    @Column(name = "motto", length = 200)
    public String getMotto() { return motto == null ? null : motto.trim(); }
    public void setMotto(String motto) { this.motto = motto; }

    /** Ignored: a plain getter under field access. */
    public String getShout() { return name; }
}
