package matrix;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class LineKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private int orderNo;
    private int lineNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof LineKey k && k.orderNo == orderNo && k.lineNo == lineNo;
    }

    @Override
    public int hashCode() {
        return orderNo * 31 + lineNo;
    }
}
