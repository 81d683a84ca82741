package dev.tablesmith.rules.integrity;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnFacts;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.Table;
import dev.tablesmith.rules.SchemaContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns a Java field declared, with what the declaration said, for the rules that judge the
 * declaration (a defaulted length, a missing precision, an ordinal enum). Columns Tablesmith made
 * on its own (an {@code @OrderColumn}) carry no facts and are left out.
 */
final class DeclaredColumns {
    private DeclaredColumns() {}

    /** A column, its table and where it was declared. */
    record Declared(Table table, Column column, Source source) {
        ColumnFacts facts() {
            return source.column();
        }

        /**
         * The Java field's name, which messages use: the fix is written on the field, and an
         * inherited field then reads the same in every entity, so it is reported once.
         */
        String field() {
            return fieldName(source.origin(), column.name());
        }

        /** The Java type's simple name ({@code LocalDateTime}, {@code double}). */
        String javaType() {
            return simpleName(facts().javaType());
        }
    }

    static List<Declared> of(SchemaContext context) {
        List<Declared> declared = new ArrayList<>();
        for (Table table : context.schema().tables()) {
            for (Column column : table.columns()) {
                context.sources().get(Ref.column(table.name(), column.name()))
                        .filter(s -> s.column() != null)
                        .ifPresent(s -> declared.add(new Declared(table, column, s)));
            }
        }
        return declared;
    }

    /** {@code price} of {@code com.shop.Product#price}; the fallback when the origin is no field. */
    static String fieldName(Origin origin, String fallback) {
        String element = origin.element();
        int hash = element.indexOf('#');
        return hash < 0 || hash == element.length() - 1 ? fallback : element.substring(hash + 1);
    }

    static String simpleName(String qualifiedName) {
        if (qualifiedName == null) {
            return "?";
        }
        String withoutArguments = qualifiedName.replaceAll("<.*>", "");
        return withoutArguments.substring(withoutArguments.lastIndexOf('.') + 1);
    }
}
