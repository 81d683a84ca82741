package dev.tablesmith.model;

/**
 * Names a schema object for the {@link SourceMap}: a table, a column of a table, or a named object
 * (constraint, index, trigger) of a table.
 */
public record Ref(Kind kind, String table, String name) {
    public static Ref table(String table) {
        return new Ref(Kind.TABLE, table, "");
    }

    public static Ref column(String table, String column) {
        return new Ref(Kind.COLUMN, table, column);
    }

    public static Ref object(String table, String objectName) {
        return new Ref(Kind.OBJECT, table, objectName);
    }

    public static Ref sequence(String sequence) {
        return new Ref(Kind.SEQUENCE, "", sequence);
    }

    /** What a ref points at. */
    public enum Kind { TABLE, COLUMN, OBJECT, SEQUENCE }
}
