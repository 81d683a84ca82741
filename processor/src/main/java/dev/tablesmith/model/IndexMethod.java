package dev.tablesmith.model;

/** Index access methods; mirrors {@code dev.tablesmith.annotations.IndexMethod}. */
public enum IndexMethod {
    BTREE, HASH, GIN, GIST, BRIN, SPGIST;

    public String sql() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
