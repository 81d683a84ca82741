package matrix;

import java.io.Serializable;

public class MembershipId implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long clubId;
    private Long personId;

    @Override
    public boolean equals(Object o) {
        return o instanceof MembershipId m && java.util.Objects.equals(m.clubId, clubId)
                && java.util.Objects.equals(m.personId, personId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(clubId, personId);
    }
}
