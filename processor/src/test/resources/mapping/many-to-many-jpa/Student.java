package mapping.manytomanyjpa;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Many-to-many join tables: a set keyed by both sides, a bag without key, a list by its order, a map by its key; @JoinTable names and foreign keys. */
@Entity
public class Student {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToMany
    private Set<Course> courses;

    @ManyToMany
    private List<Club> clubs;

    @ManyToMany
    @OrderColumn
    private List<Mentor> mentors;

    @ManyToMany
    @JoinTable(name = "student_awards", joinColumns = @JoinColumn(name = "student_ref"),
            inverseJoinColumns = @JoinColumn(name = "award_ref"),
            foreignKey = @ForeignKey(name = "student_awards_student_fk"),
            inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Set<Award> awards;

    @ManyToMany
    @MapKeyColumn(name = "role")
    private Map<String, Tutor> tutorsByRole;
}
