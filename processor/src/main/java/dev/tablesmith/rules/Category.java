package dev.tablesmith.rules;

/** The kind of a rule, used to group the README table. */
public enum Category {
    NAMING("Naming"),
    INTEGRITY("Integrity"),
    MIGRATION("Migration safety"),
    QUERIES("Queries");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
