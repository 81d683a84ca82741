package mapping.elementcollectionenums;

public enum Colour {
    RED, GREEN, BLUE
}
