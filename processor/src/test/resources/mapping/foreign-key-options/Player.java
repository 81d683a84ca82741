package mapping.foreignkeyoptions;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** @ForeignKey names and NO_CONSTRAINT, Hibernate's @OnDelete on every kind of relation and collection. */
@Entity
public class Player {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Team formerTeam;

    @ManyToOne
    @JoinColumn(name = "team_id", foreignKey = @ForeignKey(name = "player_team_fk"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Team team;

    @OneToOne
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private Team captainOf;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.RESTRICT)
    private Team scoutedBy;

    @ElementCollection
    @CollectionTable(name = "player_nicknames", foreignKey = @ForeignKey(name = "player_nicknames_player_fk"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Set<String> nicknames;

    @ElementCollection
    @CollectionTable(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Set<String> tags;

    @ManyToMany
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Set<Team> followed;
}
