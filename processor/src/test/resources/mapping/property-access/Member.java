package mapping.propertyaccess;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/** Property access: the @Id is on a getter, so the getters are the attributes; fields and setters play no part. */
@Entity
@Table(name = "members")
public class Member {
    private Long key;
    private String mail;
    private boolean active;
    private String cache;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long getId() { return key; }
    public void setId(Long id) { this.key = id; }

    @Column(name = "email", nullable = false, length = 320)
    public String getEmailAddress() { return mail; }
    public void setEmailAddress(String email) { this.mail = email; }

    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }

    /** Not persistent. */
    @Transient
    public String getDisplayName() { return mail; }

    public String getURL() { return cache; }
    public void setURL(String url) { this.cache = url; }
}
