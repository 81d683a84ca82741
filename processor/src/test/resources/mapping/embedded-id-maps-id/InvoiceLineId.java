package mapping.embeddedidmapsid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class InvoiceLineId implements Serializable {
    private Long invoiceId;
    @Column(name = "art")
    private String articleCode;
    private int lineNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof InvoiceLineId k && Objects.equals(invoiceId, k.invoiceId)
                && Objects.equals(articleCode, k.articleCode) && lineNo == k.lineNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(invoiceId, articleCode, lineNo);
    }
}
