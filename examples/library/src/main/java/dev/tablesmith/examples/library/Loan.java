package dev.tablesmith.examples.library;

import dev.tablesmith.annotations.Check;
import dev.tablesmith.annotations.OnDelete;
import dev.tablesmith.annotations.TableIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A book lent to a member; kept after the return as the lending history. */
@NamedNativeQuery(name = "Loan.openForMember", query = "SELECT id, book_id, due_on FROM loans "
        + "WHERE member_id = ? AND returned_at IS NULL ORDER BY due_on")
@Entity
@Table(name = "loans")
@TableIndex(columns = {"member_id", "due_on"}, reason = "a member's loans by due date, for reminders")
@Check(name = "loans_returned_after_loaned", value = "returned_at IS NULL OR returned_at >= loaned_at")
public class Loan extends Timestamped {
    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The copy lent; its history goes with it. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "book_id")
    @OnDelete(OnDelete.Action.CASCADE)
    private Book book;

    /** The borrower; their history goes with them. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    @OnDelete(OnDelete.Action.CASCADE)
    private Member member;

    /** When the book left the library. */
    @Column(nullable = false)
    private Instant loanedAt;

    /** The last day to bring it back. */
    @Column(nullable = false)
    private LocalDate dueOn;

    /** When it came back; null while on loan. */
    private Instant returnedAt;
}
