package dev.tablesmith.model;

import java.util.List;

/**
 * An index.
 *
 * @param include non-key columns of a covering index
 * @param where predicate of a partial index, or null
 * @param comment why the index exists ({@code COMMENT ON INDEX}), or null
 */
public record Index(String name, List<IndexElement> elements, boolean unique, IndexMethod method,
        List<String> include, String where, String comment) {

    public Index {
        elements = Lists.copy(elements);
        include = Lists.copy(include);
        method = method == null ? IndexMethod.BTREE : method;
    }

    public Index withName(String newName) {
        return new Index(newName, elements, unique, method, include, where, comment);
    }
}
