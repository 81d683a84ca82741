package dev.tablesmith.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When a foreign key has an index: some complete (non-partial) b-tree index, the primary key or a
 * unique constraint starts with exactly its columns, in any order. Only such an index serves the
 * lookups a foreign key causes (joins, and the referencing rows the database searches on every
 * delete or key update in the referenced table). The reader's conventions add the missing ones; the
 * {@code fk-index} rule reports those it could not add. Pure.
 */
public final class ForeignKeyIndexes {
    private ForeignKeyIndexes() {}

    public static boolean isCovered(Table table, List<String> columns) {
        return isCovered(table.primaryKey(), table.uniqueConstraints(), table.indexes(), columns);
    }

    public static boolean isCovered(PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<Index> indexes,
            List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        List<List<String>> leads = new ArrayList<>();
        if (primaryKey != null) {
            leads.add(primaryKey.columns());
        }
        uniques.forEach(u -> leads.add(u.columns()));
        for (Index index : indexes) {
            if (index.where() == null && index.method() == IndexMethod.BTREE) {
                List<String> cols = new ArrayList<>();
                for (IndexElement e : index.elements()) {
                    if (e.column() == null) {
                        break;
                    }
                    cols.add(e.column());
                }
                leads.add(cols);
            }
        }
        for (List<String> lead : leads) {
            if (lead.size() >= wanted.size() && new HashSet<>(lead.subList(0, wanted.size())).equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
