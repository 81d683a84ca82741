package dev.tablesmith.annotations;

/** The access method of an index ({@code USING ...}). */
public enum IndexMethod {
    /** Equality and range queries; the default. */
    BTREE,
    /** Equality only; smaller than a b-tree for long keys. */
    HASH,
    /** Containment in JSONB, arrays and full-text {@code tsvector}s. */
    GIN,
    /** Ranges, geometry, nearest-neighbour, exclusion constraints. */
    GIST,
    /** Very large, naturally ordered tables (append-only time series). */
    BRIN,
    /** Space-partitioned data (quad-trees, radix trees). */
    SPGIST
}
