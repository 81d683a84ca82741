package mapping.enumtypes;

public enum Grade {
    A, B, C
}
