package matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Date;

@Entity
@Table(name = "support_tickets",
        uniqueConstraints = @UniqueConstraint(name = "support_tickets_code_channel_unique", columnNames = {"code", "channel"}),
        indexes = {@Index(columnList = "channel, openedOn DESC"), @Index(name = "support_tickets_code_idx", columnList = "code", unique = true)})
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 20, nullable = false)
    private String code;

    @Column(length = 10)
    private String channel;

    @Min(1)
    @Max(5)
    private Integer priority;

    @Positive
    private long amountCents;

    @NotNull
    @ManyToOne
    private Customer customer;

    @Temporal(TemporalType.DATE)
    private Date openedOn;

    @OneToOne(mappedBy = "ticket")
    private TicketDetail detail;
}
