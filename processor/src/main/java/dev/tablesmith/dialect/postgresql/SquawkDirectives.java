package dev.tablesmith.dialect.postgresql;

import dev.tablesmith.diff.Change;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ColumnType.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The comment lines that tell squawk (the PostgreSQL migration linter) which of its findings in a
 * script are deliberate, each with its reason: {@code -- squawk-ignore-file <rule> -- <why>}. They
 * are worked out from the script's changes, so a finding squawk still reports is one Tablesmith did
 * not mean. The reasons name the rule or the option that made the choice. Pure.
 *
 * <p>A non-transactional script also says so ({@code squawk-disable-assume-in-transaction}), for a
 * squawk configured with {@code assume_in_transaction = true}, as Flyway runs the others.
 */
final class SquawkDirectives {
    private SquawkDirectives() {}

    static String of(List<Change> changes, boolean transactional, String undoes, boolean timeouts) {
        Map<String, String> ignores = new LinkedHashMap<>();
        Set<String> created = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.CreateTable t) {
                created.add(t.table());
            }
        }
        boolean down = undoes != null;
        String undo = down ? "undoes " + undoes + ", restoring what it changed as it was" : null;
        types(changes, ignores);
        for (Change c : changes) {
            boolean onTableInUse = c.table() != null && !created.contains(c.table());
            if (c instanceof Change.AddColumn a && a.column().defaultValue() != null && onTableInUse
                    && !a.column().defaultValue().matches("'[^']*'|-?[0-9.]+|true|false|null|NULL|TRUE|FALSE")) {
                add(ignores, "adding-field-with-default", down ? undo : a.table() + "." + a.column().name()
                        + " DEFAULT " + a.column().defaultValue() + " as the entity declares (PostgreSQL rewrites "
                        + "the table only for a volatile default)");
            }
            if (c instanceof Change.DropColumn d) {
                add(ignores, "ban-drop-column", down ? undo : d.column().deprecated()
                        ? d.table() + "." + d.column().name() + " was deprecated by an earlier migration (drop-needs-deprecation)"
                        : "the drop of " + d.table() + "." + d.column().name() + " is confirmed (-Atablesmith.allowDrop)");
            } else if (c instanceof Change.DropTable d) {
                add(ignores, "ban-drop-table", down ? undo : d.definition().deprecated()
                        ? d.table() + " was deprecated by an earlier migration (drop-needs-deprecation)"
                        : "the drop of " + d.table() + " is confirmed (-Atablesmith.allowDrop)");
            } else if (c instanceof Change.RenameColumn r) {
                add(ignores, "renaming-column", down ? undo : "@RenamedFrom(\"" + r.from() + "\") on the entity asks for "
                        + "it (rename-breaks-readers warns)");
            } else if (c instanceof Change.RenameTable r) {
                add(ignores, "renaming-table", down ? undo : "@RenamedFrom(\"" + r.from() + "\") on the entity asks for "
                        + "it (rename-breaks-readers warns)");
            } else if (c instanceof Change.AlterColumnType t) {
                add(ignores, "changing-column-type", down ? undo : "the entity changed the type of " + t.table() + "."
                        + t.column() + " (table-rewrite warns when it rewrites the table)");
            } else if (c instanceof Change.SetNotNull n && !n.notNull()) {
                add(ignores, "ban-drop-not-null", down ? undo : "the entity lets " + n.table() + "." + n.column()
                        + " be null (a deprecated column becomes nullable too)");
            } else if (c instanceof Change.SetNotNull n && !n.safe() && onTableInUse) {
                add(ignores, "adding-not-nullable-field", down ? undo
                        : "safe-set-not-null is off, or a new primary key needs the column NOT NULL");
            } else if (c instanceof Change.AddIndex a && !a.concurrently() && onTableInUse) {
                add(ignores, "require-concurrent-index-creation", down ? undo : "index-concurrently is off");
            } else if (c instanceof Change.DropIndex d && !d.concurrently() && onTableInUse) {
                add(ignores, "require-concurrent-index-deletion", down ? undo
                        : "index-concurrently is off, or the index goes with its table in the same transaction");
            } else if (c instanceof Change.AddUnique u && onTableInUse) {
                add(ignores, "disallowed-unique-constraint", down ? undo
                        : "index-concurrently is off, or a foreign key added with it references " + u.unique().name());
                add(ignores, "constraint-missing-not-valid", down ? undo
                        : "a unique key is built with its index (it cannot be NOT VALID)");
            } else if (c instanceof Change.AddForeignKey f && !f.notValid() && onTableInUse) {
                add(ignores, "adding-foreign-key-constraint", down ? undo : "fk-not-valid is off");
                add(ignores, "constraint-missing-not-valid", down ? undo : "fk-not-valid is off");
            } else if (c instanceof Change.AddCheck ch && !ch.notValid() && onTableInUse) {
                add(ignores, "constraint-missing-not-valid", down ? undo : "fk-not-valid is off");
            } else if (c instanceof Change.AddPrimaryKey p && onTableInUse) {
                add(ignores, "adding-serial-primary-key-field", down ? undo : "the entity gives " + p.table()
                        + " a primary key, built with its index under the table's lock");
                add(ignores, "constraint-missing-not-valid", down ? undo
                        : "a primary key is built with its index (it cannot be NOT VALID)");
            } else if (c instanceof Change.AddExclusion e && onTableInUse) {
                add(ignores, "constraint-missing-not-valid", down ? undo
                        : "PostgreSQL cannot add an exclusion constraint NOT VALID");
            }
        }
        if (!timeouts) {
            add(ignores, "require-lock-timeout", "lock-timeout is off");
            add(ignores, "require-statement-timeout", "lock-timeout is off (it sets both timeouts)");
        }
        StringBuilder out = new StringBuilder();
        if (!transactional) {
            out.append("-- squawk-disable-assume-in-transaction\n");
        }
        ignores.forEach((rule, why) -> out.append("-- squawk-ignore-file ").append(rule).append(" -- ").append(why)
                .append('\n'));
        return out.toString();
    }

    /** Column types squawk prefers others to, where they are what the entities declare. */
    private static void types(List<Change> changes, Map<String, String> ignores) {
        Set<Kind> kinds = new TreeSet<>();
        for (Change c : changes) {
            columnTypes(c).forEach(t -> kinds.addAll(kinds(t)));
        }
        if (kinds.contains(Kind.VARCHAR)) {
            add(ignores, "prefer-text-field", "VARCHAR(n) is the length the entity declares (varchar-length), "
                    + "which Hibernate validates; a longer VARCHAR later changes only the catalog");
        }
        if (kinds.contains(Kind.INTEGER)) {
            add(ignores, "prefer-bigint-over-int", "INTEGER where the entity declares int or Integer");
        }
        if (kinds.contains(Kind.SMALLINT)) {
            add(ignores, "prefer-bigint-over-smallint", "SMALLINT where the entity declares short or an ORDINAL enum");
        }
        if (kinds.contains(Kind.CHAR)) {
            add(ignores, "ban-char-field", "CHAR(n) where the entity declares char or a fixed length");
        }
        if (kinds.contains(Kind.TIMESTAMP)) {
            add(ignores, "prefer-timestamp-tz", "TIMESTAMP where the entity declares LocalDateTime "
                    + "(timestamp-with-time-zone warns)");
        }
    }

    private static Stream<ColumnType> columnTypes(Change c) {
        if (c instanceof Change.CreateTable t) {
            return t.definition().columns().stream().map(Column::type);
        }
        if (c instanceof Change.AddColumn a) {
            return Stream.of(a.column().type());
        }
        if (c instanceof Change.AlterColumnType t) {
            return Stream.of(t.to());
        }
        return Stream.empty();
    }

    private static List<Kind> kinds(ColumnType t) {
        List<Kind> out = new ArrayList<>();
        for (ColumnType k = t; k != null; k = k.element()) {
            out.add(k.kind());
        }
        return out;
    }

    private static void add(Map<String, String> ignores, String rule, String why) {
        ignores.putIfAbsent(rule, why);
    }
}
