package mapping.converters;

public enum Level {
    LOW, HIGH
}
