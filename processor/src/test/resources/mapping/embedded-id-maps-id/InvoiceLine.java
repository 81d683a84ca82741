package mapping.embeddedidmapsid;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** @EmbeddedId with @MapsId: the relations' join columns replace the key attributes they name. */
@Entity
public class InvoiceLine {
    @EmbeddedId
    private InvoiceLineId id;

    @MapsId("invoiceId")
    @ManyToOne
    private Invoice invoice;

    @MapsId("articleCode")
    @ManyToOne
    @JoinColumn(name = "article_ref")
    private Article article;

    private int quantity;
}
