package mapping.sharedjoincolumn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class Vet {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "clinic_id", insertable = false, updatable = false)
    private Clinic clinic;

    @Column(name = "mentor_id", insertable = false, updatable = false)
    private Long mentorId;

    @ManyToOne
    @JoinColumn(name = "mentor_id")
    private Vet mentor;

    @Column(name = "home_clinic_id", nullable = false)
    private Long homeClinicId;

    @ManyToOne
    @JoinColumn(name = "home_clinic_id", insertable = false, updatable = false)
    private Clinic homeClinic;
}
