package dev.tablesmith.model;

import java.util.List;

/**
 * What the Java declaration of a column said, for rules that judge the declaration rather than the
 * resulting SQL type (a defaulted length, a missing precision, an ordinal enum).
 *
 * @param javaType qualified Java type of the attribute ({@code java.math.BigDecimal}, {@code int})
 * @param lengthExplicit a length was given ({@code @Column(length)}, {@code @Size(max)}, a
 *     {@code columnDefinition})
 * @param precisionExplicit a precision was given ({@code @Column(precision)}, {@code @Digits}, a
 *     {@code columnDefinition})
 * @param enumStorage how an enum is stored, or null for non-enums
 * @param denormalizedReason the {@code @Denormalized} reason ("" when empty), or null when absent
 * @param foreignKey the column is the join column of a relation
 * @param enumConstants an enum's constants in declaration order, empty for non-enums
 */
public record ColumnFacts(String javaType, boolean lengthExplicit, boolean precisionExplicit,
        EnumStorage enumStorage, String denormalizedReason, boolean foreignKey, List<String> enumConstants) {
    public ColumnFacts {
        enumConstants = enumConstants == null ? List.of() : List.copyOf(enumConstants);
    }

    public ColumnFacts(String javaType, boolean lengthExplicit, boolean precisionExplicit, EnumStorage enumStorage,
            String denormalizedReason, boolean foreignKey) {
        this(javaType, lengthExplicit, precisionExplicit, enumStorage, denormalizedReason, foreignKey, List.of());
    }

    /** How an enum attribute is stored. */
    public enum EnumStorage { STRING, ORDINAL }
}
