package matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

@Entity
public class TicketDetail {
    @Id
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "ticket_ref", unique = true)
    private Ticket ticket;

    private String body;
}
