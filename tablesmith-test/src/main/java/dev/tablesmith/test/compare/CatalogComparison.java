package dev.tablesmith.test.compare;

import dev.tablesmith.test.catalog.DatabaseCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The differences between two live catalogs of one engine, exactly as the engine reports them (no
 * snapshot in between): for a down migration, the schema before its up against the schema after
 * the down. One line per difference, e.g.
 * {@code index idx_users_phone on users: only in the second} or
 * {@code users.phone: column character varying(20) NULL ... (first) vs ... (second)}.
 */
public final class CatalogComparison {
    private final String first;
    private final String second;
    private final List<String> lines = new ArrayList<>();

    private CatalogComparison(String first, String second) {
        this.first = first;
        this.second = second;
    }

    /**
     * @param first  what to call the first catalog in the lines ({@code before the up})
     * @param second what to call the second ({@code after the down})
     */
    public static List<String> differences(DatabaseCatalog a, DatabaseCatalog b, String first, String second) {
        CatalogComparison c = new CatalogComparison(first, second);
        Map<String, DatabaseCatalog.Table> left = byName(a.tables(), DatabaseCatalog.Table::name);
        Map<String, DatabaseCatalog.Table> right = byName(b.tables(), DatabaseCatalog.Table::name);
        for (String name : union(left, right)) {
            DatabaseCatalog.Table l = left.get(name);
            DatabaseCatalog.Table r = right.get(name);
            if (l == null || r == null) {
                c.only("table " + name, l != null);
            } else {
                c.table(l, r);
            }
        }
        c.all("sequence", "", a.sequences(), b.sequences(), DatabaseCatalog.Sequence::name);
        c.all("extension", "", a.extensions(), b.extensions(), Function.identity());
        c.all("function", "", a.functions(), b.functions(), Function.identity());
        return List.copyOf(c.lines);
    }

    private void table(DatabaseCatalog.Table l, DatabaseCatalog.Table r) {
        String on = " on " + l.name();
        if (!Objects.equals(l.comment(), r.comment())) {
            lines.add("comment on table " + l.name() + ": " + SnapshotComparison.quoted(l.comment()) + " (" + first
                    + ") vs " + SnapshotComparison.quoted(r.comment()) + " (" + second + ")");
        }
        Map<String, DatabaseCatalog.Column> lc = byName(l.columns(), DatabaseCatalog.Column::name);
        Map<String, DatabaseCatalog.Column> rc = byName(r.columns(), DatabaseCatalog.Column::name);
        for (String name : union(lc, rc)) {
            compare(l.name() + "." + name, "column ", lc.get(name), rc.get(name));
        }
        if (!Objects.equals(l.primaryKey(), r.primaryKey())) {
            lines.add("primary key" + on + ": " + l.primaryKey() + " (" + first + ") vs " + r.primaryKey() + " (" + second + ")");
        }
        all("foreign key", on, l.foreignKeys(), r.foreignKeys(), DatabaseCatalog.ForeignKey::name);
        all("unique", on, l.uniques(), r.uniques(), DatabaseCatalog.UniqueConstraint::name);
        all("check", on, l.checks(), r.checks(), DatabaseCatalog.CheckConstraint::name);
        all("exclusion", on, l.exclusions(), r.exclusions(), DatabaseCatalog.ExclusionConstraint::name);
        all("index", on, l.indexes(), r.indexes(), DatabaseCatalog.Index::name);
        all("trigger", on, l.triggers(), r.triggers(), DatabaseCatalog.Trigger::name);
    }

    private <T> void all(String kind, String on, List<T> l, List<T> r, Function<T, String> name) {
        Map<String, T> left = byName(l, name);
        Map<String, T> right = byName(r, name);
        for (String n : union(left, right)) {
            compare(kind + " " + n + on, "", left.get(n), right.get(n));
        }
    }

    private void compare(String what, String prefix, Object l, Object r) {
        if (l == null || r == null) {
            only(what, l != null);
        } else if (!l.equals(r)) {
            lines.add(what + ": " + prefix + l + " (" + first + ") vs " + prefix + r + " (" + second + ")");
        }
    }

    private void only(String what, boolean inFirst) {
        lines.add(what + ": only " + (inFirst ? first : second));
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(name.apply(i), i));
        return map;
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
