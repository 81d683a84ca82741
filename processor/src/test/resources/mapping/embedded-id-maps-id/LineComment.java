package mapping.embeddedidmapsid;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

/** Composite foreign keys: implicit, and @JoinColumns in another order than the key's. */
@Entity
public class LineComment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    private InvoiceLine line;

    @ManyToOne
    @JoinColumns({
        @JoinColumn(name = "other_article", referencedColumnName = "article_ref"),
        @JoinColumn(name = "other_line", referencedColumnName = "lineNo"),
        @JoinColumn(name = "other_invoice", referencedColumnName = "invoice_id")
    })
    private InvoiceLine other;

    private String text;
}
