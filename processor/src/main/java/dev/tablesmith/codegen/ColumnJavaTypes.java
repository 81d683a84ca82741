package dev.tablesmith.codegen;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnFacts;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Java type of the values of each column, as a qualified name ({@code java.lang.Long},
 * {@code long}, {@code java.lang.String[]}): the mapped attribute's type; for a foreign-key column
 * the type of the key it references (the column holds an id, not the entity); for columns no
 * attribute declares (an {@code @OrderColumn}) the usual JDBC type of its SQL type.
 */
public final class ColumnJavaTypes {
    private ColumnJavaTypes() {}

    public static String of(Schema schema, SourceMap sources, Table table, Column column) {
        return of(schema, sources, table, column, new HashSet<>());
    }

    private static String of(Schema schema, SourceMap sources, Table table, Column column, Set<String> seen) {
        if (!seen.add(table.name() + "." + column.name())) {
            return byType(column.type()); // a key that references itself in a cycle: fall back to the SQL type
        }
        Optional<ColumnFacts> facts = sources.get(Ref.column(table.name(), column.name()))
                .map(s -> s.column());
        Optional<String> referenced = referencedKeyType(schema, sources, table, column, seen);
        if (referenced.isPresent()) {
            return referenced.get();
        }
        return facts.map(ColumnFacts::javaType).filter(t -> t != null && !t.isBlank())
                .orElseGet(() -> byType(column.type()));
    }

    private static Optional<String> referencedKeyType(Schema schema, SourceMap sources, Table table, Column column,
            Set<String> seen) {
        for (ForeignKey fk : table.foreignKeys()) {
            int i = fk.columns().indexOf(column.name());
            if (i < 0 || i >= fk.referencedColumns().size()) {
                continue;
            }
            Optional<Table> target = schema.table(fk.referencedTable());
            Optional<Column> key = target.flatMap(t -> t.column(fk.referencedColumns().get(i)));
            if (key.isPresent()) {
                return Optional.of(of(schema, sources, target.get(), key.get(), seen));
            }
        }
        return Optional.empty();
    }

    /** The type a JDBC driver returns for the SQL type, for columns with no Java declaration. */
    static String byType(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "java.lang.Boolean";
            case TINYINT -> "java.lang.Byte";
            case SMALLINT -> "java.lang.Short";
            case INTEGER -> "java.lang.Integer";
            case BIGINT -> "java.lang.Long";
            case REAL -> "java.lang.Float";
            case DOUBLE -> "java.lang.Double";
            case DECIMAL -> "java.math.BigDecimal";
            case CHAR, VARCHAR, TEXT, CLOB, JSON, XML -> "java.lang.String";
            case BINARY, FIXED_BINARY, BLOB -> "byte[]";
            case INET -> "java.net.InetAddress";
            case DATE -> "java.time.LocalDate";
            case TIME -> "java.time.LocalTime";
            case TIME_TZ -> "java.time.OffsetTime";
            case TIMESTAMP -> "java.time.LocalDateTime";
            case TIMESTAMP_TZ -> "java.time.OffsetDateTime";
            case INTERVAL -> "java.time.Duration";
            case UUID -> "java.util.UUID";
            case ARRAY -> byType(type.element()) + "[]";
            case CUSTOM -> "java.lang.Object";
        };
    }
}
