package dev.tablesmith.test.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** JDBC helpers of the catalog readers, and the mutable table they assemble. */
final class Rows {
    private Rows() {
    }

    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    static void query(Connection c, String sql, RowConsumer consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                consumer.accept(rs);
            }
        }
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static List<String> stringArray(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
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

    /** A table being assembled by a reader. */
    static final class TableParts {
        final String name;
        String comment;
        final List<DatabaseCatalog.Column> columns = new ArrayList<>();
        DatabaseCatalog.PrimaryKey primaryKey;
        final List<DatabaseCatalog.ForeignKey> foreignKeys = new ArrayList<>();
        final List<DatabaseCatalog.UniqueConstraint> uniques = new ArrayList<>();
        final List<DatabaseCatalog.CheckConstraint> checks = new ArrayList<>();
        final List<DatabaseCatalog.ExclusionConstraint> exclusions = new ArrayList<>();
        final List<DatabaseCatalog.Index> indexes = new ArrayList<>();
        final List<DatabaseCatalog.Trigger> triggers = new ArrayList<>();

        TableParts(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        DatabaseCatalog.Table build() {
            return new DatabaseCatalog.Table(name, comment, columns, primaryKey, foreignKeys, uniques, checks,
                    exclusions, indexes, triggers);
        }
    }
}
