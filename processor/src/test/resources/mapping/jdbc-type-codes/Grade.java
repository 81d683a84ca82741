package mapping.jdbctypecodes;

public enum Grade {
    A, B
}
