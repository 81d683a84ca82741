package mapping.elementcollectionmap;

public enum Size {
    S, M, L
}
