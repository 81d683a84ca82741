package mapping.longnames;

public enum Status {
    PENDING, CLEARED
}
