package dev.tablesmith.queries;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import dev.tablesmith.queries.ParsedQuery.ColumnRef;
import dev.tablesmith.queries.ParsedQuery.Scope;
import dev.tablesmith.queries.ParsedQuery.TableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names of a parsed query resolved against the schema: each table reference to its table,
 * each column to the table of its scope (or of an enclosing scope, for a correlated sub-select)
 * that has it. Names compare as the databases fold unquoted names: case-insensitively, quotes
 * removed. Names the query defines itself (CTEs, derived tables, select-list aliases) are not
 * looked up. Pure.
 */
public final class Resolution {
    private final ParsedQuery query;
    private final Schema schema;

    public Resolution(ParsedQuery query, Schema schema) {
        this.query = query;
        this.schema = schema;
    }

    public ParsedQuery query() {
        return query;
    }

    /** A column reference resolved: the table and column, either null when unknown. */
    public record Resolved(ColumnRef ref, Table table, Column column) {}

    /** A table reference whose table the schema does not have, with the scope it is in. */
    public record UnknownTable(TableRef ref) {}

    /** A column no table of its scope has; {@code table} is the table its qualifier names, or null. */
    public record UnknownColumn(ColumnRef ref, Table table, List<Table> candidates) {}

    public static String bare(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        if (n.length() >= 2 && (n.startsWith("\"") && n.endsWith("\"") || n.startsWith("`") && n.endsWith("`")
                || n.startsWith("[") && n.endsWith("]"))) {
            n = n.substring(1, n.length() - 1);
        }
        int dot = n.lastIndexOf('.');
        return (dot >= 0 ? n.substring(dot + 1) : n).toLowerCase(Locale.ROOT);
    }

    public Optional<Table> table(String name) {
        String wanted = bare(name);
        return schema.tables().stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public static Optional<Column> column(Table table, String name) {
        String wanted = bare(name);
        return table.columns().stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private boolean isVirtual(String name) {
        String wanted = bare(name);
        return query.virtualNames().stream().anyMatch(v -> bare(v).equals(wanted));
    }

    public List<UnknownTable> unknownTables() {
        List<UnknownTable> out = new ArrayList<>();
        for (Scope s : query.scopes()) {
            for (TableRef t : s.tables()) {
                if (table(t.name()).isEmpty() && !isVirtual(t.name())) {
                    out.add(new UnknownTable(t));
                }
            }
        }
        return out;
    }

    /** The tables of a scope that the schema has, by the name the query calls them. */
    public List<Table> tablesOf(int scope) {
        List<Table> out = new ArrayList<>();
        for (TableRef t : query.scopes().get(scope).tables()) {
            table(t.name()).ifPresent(out::add);
        }
        return out;
    }

    /** The table a qualifier names in a scope or its parents: an alias, or a table's own name. */
    public Optional<TableRef> qualifierTarget(int scope, String qualifier) {
        String q = bare(qualifier);
        for (int s = scope; s >= 0; s = query.scopes().get(s).parent()) {
            for (TableRef t : query.scopes().get(s).tables()) {
                if (bare(t.nameInQuery()).equals(q) || t.alias() == null && bare(t.name()).equals(q)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** Resolves one column of a scope; empty when it is a name the query defines (not to be checked). */
    public Optional<Resolved> resolve(int scope, ColumnRef ref) {
        if (ref.qualifier() != null) {
            Optional<TableRef> target = qualifierTarget(scope, ref.qualifier());
            if (target.isEmpty()) {
                // a table name used as qualifier without being in FROM, or schema.table: judge by name if known
                Optional<Table> byName = table(ref.qualifier());
                return byName.map(t -> new Resolved(ref, t, column(t, ref.name()).orElse(null)));
            }
            Optional<Table> table = table(target.get().name());
            if (table.isEmpty()) {
                return Optional.empty(); // a CTE or derived table, or an unknown table reported on its own
            }
            return Optional.of(new Resolved(ref, table.get(), column(table.get(), ref.name()).orElse(null)));
        }
        if (isVirtual(ref.name())) {
            return Optional.empty();
        }
        boolean onlyKnownTables = true;
        for (int s = scope; s >= 0; s = query.scopes().get(s).parent()) {
            for (TableRef t : query.scopes().get(s).tables()) {
                Optional<Table> table = table(t.name());
                if (table.isEmpty()) {
                    onlyKnownTables = false;
                    continue;
                }
                Optional<Column> c = column(table.get(), ref.name());
                if (c.isPresent()) {
                    return Optional.of(new Resolved(ref, table.get(), c.get()));
                }
            }
        }
        if (!onlyKnownTables || query.scopes().get(scope).tables().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(ref, null, null));
    }

    public List<UnknownColumn> unknownColumns() {
        List<UnknownColumn> out = new ArrayList<>();
        for (int s = 0; s < query.scopes().size(); s++) {
            for (ColumnRef ref : query.scopes().get(s).columns()) {
                int scope = s;
                resolve(s, ref).filter(r -> r.column() == null).ifPresent(r -> out.add(new UnknownColumn(ref, r.table(),
                        r.table() != null ? List.of(r.table()) : tablesOf(scope))));
            }
        }
        return out;
    }

    /** Every column reference that resolved to a column of the schema. */
    public List<Resolved> knownColumns() {
        List<Resolved> out = new ArrayList<>();
        for (int s = 0; s < query.scopes().size(); s++) {
            for (ColumnRef ref : query.scopes().get(s).columns()) {
                resolve(s, ref).filter(r -> r.column() != null).ifPresent(out::add);
            }
        }
        return out;
    }
}
