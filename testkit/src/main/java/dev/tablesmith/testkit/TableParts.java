package dev.tablesmith.testkit;

import java.util.ArrayList;
import java.util.List;

/** Mutable accumulator used by the catalog readers. */
final class TableParts {
    final String name;
    String comment;
    final List<Catalog.Column> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    final List<Catalog.ForeignKey> foreignKeys = new ArrayList<>();
    final List<Catalog.UniqueConstraint> uniques = new ArrayList<>();
    final List<Catalog.CheckConstraint> checks = new ArrayList<>();
    final List<Catalog.Index> indexes = new ArrayList<>();
    final List<Catalog.ExclusionConstraint> exclusions = new ArrayList<>();
    final List<Catalog.Trigger> triggers = new ArrayList<>();

    TableParts(String name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    Catalog.Table build() {
        return new Catalog.Table(name, comment, columns, primaryKey, foreignKeys, uniques, checks, indexes,
                exclusions, triggers);
    }

    static Integer intOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static List<String> stringArray(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Array a = rs.getArray(column);
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v == null ? null : v.toString());
        }
        return out;
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
