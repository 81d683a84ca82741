package dev.tablesmith.safety;

import dev.tablesmith.findings.Finding;
import dev.tablesmith.model.CheckConstraint;
import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.ExclusionConstraint;
import dev.tablesmith.model.ForeignKey;
import dev.tablesmith.model.Index;
import dev.tablesmith.model.IndexElement;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Sequence;
import dev.tablesmith.model.Source;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.model.Table;
import dev.tablesmith.model.Trigger;
import dev.tablesmith.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What must hold of a schema before any of it is written as SQL, whatever the rules say: every
 * name is a plain identifier ({@link Identifiers}), every fragment from an annotation is one
 * expression under every target engine ({@link SqlFragments}), comments hold no NUL, no table has
 * more columns than an engine allows. It runs on the model, so it covers every name and fragment
 * however the reader came by it; a finding is reported where the name or fragment was written
 * (the source map's origins). Its findings are problems, not rules: no option or {@code @Allow}
 * turns them off. Pure.
 */
public final class SafetyCheck {
    static final String DEFAULT = "dev.tablesmith.annotations.Default|org.hibernate.annotations.ColumnDefault";
    static final String COLUMN = "jakarta.persistence.Column";

    private final SourceMap sources;
    private final Collection<SqlEngine> engines;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();
    /** Table and column names found wrong: a generated name holding one is not reported again. */
    private final Set<String> invalid = new HashSet<>();

    private SafetyCheck(SourceMap sources, Collection<SqlEngine> engines) {
        this.sources = sources;
        this.engines = engines;
    }

    /** The findings for the entities' schema; {@code engines} are the build's targets. */
    public static List<Finding> check(Schema schema, SourceMap sources, Collection<SqlEngine> engines) {
        SafetyCheck check = new SafetyCheck(sources, engines);
        check.schema(schema);
        return check.findings;
    }

    /**
     * The same check on a snapshot read from a folder: a snapshot Tablesmith wrote passes it, so a
     * finding means it was edited; its names and fragments would be written into the next
     * migration (a dropped table's name, a rebuilt table's checks).
     */
    public static List<Finding> checkSnapshot(Schema schema, Collection<SqlEngine> engines, String file) {
        return check(schema, SourceMap.empty(), engines).stream()
                .map(f -> Finding.withoutElement(SafetyMessages.SNAPSHOT, file, f.message(),
                        file.substring(file.lastIndexOf('/') + 1)))
                .toList();
    }

    private void schema(Schema schema) {
        Map<String, String> tablesByFold = new HashMap<>();
        for (Table t : schema.tables()) {
            table(t);
            String clash = tablesByFold.putIfAbsent(t.name().toLowerCase(Locale.ROOT), t.name());
            if (clash != null && !clash.equals(t.name())) {
                report(SafetyMessages.CASE_CLASH, source(Ref.table(t.name())), "table names", clash, t.name());
            }
        }
        for (Sequence s : schema.sequences()) {
            name("sequence name", s.name(), Ref.sequence(s.name()));
        }
    }

    private void table(Table t) {
        String table = t.name();
        name("table name", table, Ref.table(table));
        Map<String, String> columnsByFold = new HashMap<>();
        for (Column c : t.columns()) {
            Ref ref = Ref.column(table, c.name());
            name("column name", c.name(), ref);
            String clash = columnsByFold.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c.name());
            if (clash != null && !clash.equals(c.name())) {
                report(SafetyMessages.CASE_CLASH, source(ref), "column names of table " + table + ":", clash, c.name());
            }
            Source s = source(ref);
            if (c.defaultValue() != null) {
                fragment("default of " + table + "." + c.name(), c.defaultValue(),
                        new Source(valueOf(s.origin(), DEFAULT, "value"), null, s.entity(), null));
            }
            type(table + "." + c.name(), c.type(), s);
            text("the comment of column " + table + "." + c.name(), c.comment(), s);
        }
        text("the comment of table " + table, t.comment(), source(Ref.table(table)));
        if (t.primaryKey() != null) {
            name("primary key name", t.primaryKey().name(), Ref.object(table, t.primaryKey().name()));
            t.primaryKey().columns().forEach(c -> name("column name", c, Ref.column(table, c)));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            name("foreign key name", fk.name(), Ref.object(table, fk.name()));
            fk.columns().forEach(c -> name("column name", c, Ref.column(table, c)));
            name("referenced table name", fk.referencedTable(), Ref.object(table, fk.name()));
            fk.referencedColumns().forEach(c -> name("referenced column name", c, Ref.object(table, fk.name())));
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            name("unique constraint name", u.name(), Ref.object(table, u.name()));
            u.columns().forEach(c -> name("column name", c, Ref.column(table, c)));
        }
        for (CheckConstraint c : t.checks()) {
            Ref ref = Ref.object(table, c.name());
            name("check constraint name", c.name(), ref);
            Source s = source(ref);
            Origin o = s.origin();
            String member = o.annotation() != null && o.annotation().startsWith("org.hibernate.") ? "constraints" : "value";
            fragment("check " + c.name(), c.expression(), new Source(valueOf(o, null, member), null, s.entity(), null));
        }
        for (ExclusionConstraint e : t.exclusions()) {
            Ref ref = Ref.object(table, e.name());
            name("exclusion constraint name", e.name(), ref);
            Source s = source(ref);
            for (int i = 0; i < e.elements().size(); i++) {
                ExclusionConstraint.Element el = e.elements().get(i);
                Source at = new Source(valueOf(s.origin(), null, "elements[" + i + "]"), null, s.entity(), null);
                fragment("exclusion element of " + e.name(), el.expression(), at);
                SqlFragments.operatorProblem(el.operator()).ifPresent(p ->
                        report(SafetyMessages.OPERATOR, at, el.operator(), e.name(), p));
            }
            if (e.where() != null) {
                fragment("predicate of " + e.name(), e.where(),
                        new Source(valueOf(s.origin(), null, "where"), null, s.entity(), null));
            }
        }
        for (Index i : t.indexes()) {
            Ref ref = Ref.object(table, i.name());
            name("index name", i.name(), ref);
            Source s = source(ref);
            for (IndexElement e : i.elements()) {
                if (e.column() != null) {
                    name("column name", e.column(), Ref.column(table, e.column()));
                }
                if (e.expression() != null) {
                    fragment("expression of index " + i.name(), e.expression(),
                            new Source(valueOf(s.origin(), null, "expression"), null, s.entity(), null));
                }
                if (e.opclass() != null) {
                    name("operator class", e.opclass(), ref);
                }
                if (e.nulls() != null && !e.nulls().equals("FIRST") && !e.nulls().equals("LAST")) {
                    name("NULLS ordering", e.nulls(), ref);
                }
            }
            i.include().forEach(c -> name("column name", c, Ref.column(table, c)));
            if (i.where() != null) {
                fragment("predicate of index " + i.name(), i.where(),
                        new Source(valueOf(s.origin(), null, "where"), null, s.entity(), null));
            }
            text("the reason of index " + i.name(), i.comment(), s);
        }
        for (Trigger tr : t.triggers()) {
            name("trigger name", tr.name(), Ref.object(table, tr.name()));
            name("column name", tr.column(), Ref.column(table, tr.column()));
        }
        for (SqlEngine engine : engines) {
            if (t.columns().size() > engine.maxColumns()) {
                report(SafetyMessages.TOO_MANY_COLUMNS, source(Ref.table(table)), table, t.columns().size(),
                        engine.title(), engine.maxColumns());
            }
        }
    }

    private void type(String column, ColumnType type, Source s) {
        if (type == null) {
            return;
        }
        if (type.custom() != null) {
            fragment("column definition of " + column, type.custom(),
                    new Source(valueOf(s.origin(), COLUMN, "columnDefinition"), null, s.entity(), null));
        }
        type(column, type.element(), s);
    }

    private void name(String what, String name, Ref ref) {
        Identifiers.problem(name).ifPresent(p -> {
            boolean derived = ref.kind() == Ref.Kind.OBJECT && !source(ref).nameExplicit();
            if (derived && invalid.stream().anyMatch(name::contains)) {
                return; // a generated name that holds a name already reported
            }
            if (what.endsWith("table name") || what.equals("column name")) {
                invalid.add(name);
            }
            if (reported.add(what + "\u0000" + name)) {
                report(SafetyMessages.IDENTIFIER, source(ref), what, printable(name), p);
            }
        });
    }

    private void fragment(String what, String sql, Source at) {
        SqlFragments.problem(sql, engines).ifPresent(p -> {
            if (reported.add(what + "\u0000" + sql)) {
                report(SafetyMessages.FRAGMENT, at, capitalized(what), printable(sql), p);
            }
        });
    }

    private void text(String what, String text, Source at) {
        if (text != null && text.indexOf('\0') >= 0 && reported.add(what)) {
            report(SafetyMessages.TEXT, at, capitalized(what));
        }
    }

    private Source source(Ref ref) {
        return sources.find(ref);
    }

    private void report(SafetyMessages message, Source source, Object... args) {
        findings.add(Finding.of(message, source.nameOrOrigin(), source.entity(), args));
    }

    /**
     * The origin of one member of the annotation a source points at: {@code @Check(name)} →
     * {@code @Check(value)}, {@code @TableIndex} → {@code @TableIndex(where)}. With an annotation
     * given, that annotation's member on the element (the first of {@code A|B} found on it).
     */
    static Origin valueOf(Origin origin, String annotation, String member) {
        if (origin.isNone()) {
            return origin;
        }
        if (annotation != null) {
            return new Origin(origin.element(), annotation, member);
        }
        if (origin.annotation() == null) {
            return origin;
        }
        String path = origin.path();
        if (path == null || path.equals("name")) {
            return origin.value(origin.annotation(), member);
        }
        String prefix = path.endsWith(".name") ? path.substring(0, path.length() - 5) : path;
        return origin.value(origin.annotation(), prefix + "." + member);
    }

    /** Text as a message can show it: control and invisible characters as their code points. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
