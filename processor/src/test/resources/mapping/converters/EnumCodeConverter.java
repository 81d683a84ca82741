package mapping.converters;

import jakarta.persistence.AttributeConverter;

/** A generic converter: the database type comes from its supertype's second type argument. */
public abstract class EnumCodeConverter<E extends Enum<E>> implements AttributeConverter<E, String> {
    private final Class<E> type;

    protected EnumCodeConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.name().substring(0, 1);
    }

    @Override
    public E convertToEntityAttribute(String code) {
        if (code == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().startsWith(code)) {
                return e;
            }
        }
        return null;
    }
}
