package dev.tablesmith.model;

/**
 * Text the reader adds to a column's comment: the {@code @Denormalized} reason, so the database
 * itself documents the decision (the handbook: "document all denormalization decisions").
 */
public final class ColumnNotes {
    private ColumnNotes() {}

    public static String denormalized(String reason) {
        return "Denormalized: " + reason.trim();
    }

    /** The comment with the note appended, or the note alone. */
    public static String withDenormalized(String comment, String reason) {
        return comment == null ? denormalized(reason) : comment + ". " + denormalized(reason);
    }
}
