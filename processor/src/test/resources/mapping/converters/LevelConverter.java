package mapping.converters;

import jakarta.persistence.Converter;

@Converter
public class LevelConverter extends EnumCodeConverter<Level> {
    public LevelConverter() {
        super(Level.class);
    }
}
