package mapping.converters;

/** A value type Hibernate has no mapping for. */
public record Money(long cents) {
}
