package dev.tablesmith.snapshot;

import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ColumnType.Kind;
import java.util.Locale;

/**
 * A compact, dialect-neutral text form of {@link ColumnType} for the snapshot, readable in a git
 * diff: {@code varchar(255)}, {@code decimal(10,2)}, {@code timestamp_tz(6)},
 * {@code array<varchar(255)>}, {@code custom:text}.
 */
final class ColumnTypes {
    private ColumnTypes() {}

    static String format(ColumnType t) {
        String kind = t.kind().name().toLowerCase(Locale.ROOT);
        return switch (t.kind()) {
            case CUSTOM -> "custom:" + t.custom();
            case ARRAY -> "array<" + format(t.element()) + ">";
            case CHAR, VARCHAR -> kind + "(" + t.length() + ")";
            case BINARY, FIXED_BINARY, BLOB, CLOB -> t.length() != null ? kind + "(" + t.length() + ")" : kind;
            case DECIMAL -> kind + "(" + t.precision() + "," + t.scale() + ")";
            default -> t.precision() != null ? kind + "(" + t.precision() + ")" : kind;
        };
    }

    static ColumnType parse(String text) {
        if (text.startsWith("custom:")) {
            return ColumnType.custom(text.substring("custom:".length()));
        }
        if (text.startsWith("array<") && text.endsWith(">")) {
            return ColumnType.arrayOf(parse(text.substring("array<".length(), text.length() - 1)));
        }
        int open = text.indexOf('(');
        Kind kind = Kind.valueOf((open < 0 ? text : text.substring(0, open)).toUpperCase(Locale.ROOT));
        if (open < 0) {
            return ColumnType.of(kind);
        }
        String[] args = text.substring(open + 1, text.length() - 1).split(",");
        return switch (kind) {
            case CHAR, VARCHAR, BINARY, FIXED_BINARY, BLOB, CLOB ->
                    new ColumnType(kind, Integer.parseInt(args[0].trim()), null, null, null, null);
            case DECIMAL -> ColumnType.decimal(Integer.parseInt(args[0].trim()), Integer.parseInt(args[1].trim()));
            default -> ColumnType.temporal(kind, Integer.parseInt(args[0].trim()));
        };
    }
}
