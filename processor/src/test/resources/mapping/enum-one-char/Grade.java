package mapping.enumonechar;

public enum Grade {
    A, B, C
}
