package dev.tablesmith.reading;

import dev.tablesmith.model.ColumnFacts;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Origin;
import dev.tablesmith.model.Source;
import dev.tablesmith.reading.EntityInfo.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * The discriminator column of an inheritance hierarchy, as Hibernate ORM 6 writes it: on a
 * SINGLE_TABLE root with subclasses (or an explicit {@code @DiscriminatorColumn}), on a JOINED root
 * only when declared; {@code DTYPE VARCHAR(31)} by default, {@code INTEGER} or {@code CHAR(1)}
 * when so declared; NOT NULL. Each entity's value is its {@code @DiscriminatorValue}, else its
 * entity name (an INTEGER column: the name's {@code hashCode()}, as Hibernate computes it; a CHAR
 * column has no default). Tablesmith adds {@code CHECK (<column> IN (...))} over the concrete
 * entities' values, named {@code <table>_<column>_valid} like an enum's.
 *
 * <p>A SINGLE_TABLE subclass's columns are nullable, since the other classes' rows leave them
 * empty. Where the subclass declares one NOT NULL, Hibernate 6.6 keeps NOT NULL (so no row of a
 * sibling class could be inserted); Tablesmith makes it nullable and keeps the declaration as
 * {@code CHECK (<column> NOT IN (<the class's values>) OR <col> IS NOT NULL)}, named
 * {@code <table>_<col>_not_null}.
 */
final class Discriminators {
    private final ReadContext ctx;
    private final Function<TypeElement, Optional<EntityInfo>> infos;
    private final ColumnReader columns;

    Discriminators(ReadContext ctx, Function<TypeElement, Optional<EntityInfo>> infos, ColumnReader columns) {
        this.ctx = ctx;
        this.infos = infos;
        this.columns = columns;
    }

    /** A hierarchy's discriminator column and the value of each entity in it. */
    final class Column {
        final String name;
        final boolean integer;
        /** Value of every entity of the hierarchy (qualified name → SQL literal), roots first. */
        final Map<String, String> literals = new LinkedHashMap<>();
        /** Whether a value is Hibernate's {@code "null"} or {@code "not null"}: then no check can list them. */
        boolean open;

        Column(String name, boolean integer) {
            this.name = name;
            this.integer = integer;
        }

        /**
         * Makes the columns a SINGLE_TABLE subclass added since {@code from} nullable, keeping a
         * declared NOT NULL as a check on the rows of that class and its subclasses.
         */
        void requireFor(TableAssembly t, EntityInfo sub, int from) {
            for (int i = from; i < t.table.columns.size(); i++) {
                dev.tablesmith.model.Column c = t.table.columns.get(i);
                if (c.nullable()) {
                    continue;
                }
                t.table.columns.set(i, c.withNullable(true));
                List<String> values = concreteValues(sub);
                if (open || values.isEmpty()) {
                    continue;
                }
                String checkName = t.localName() + "_" + c.name() + "_not_null";
                Origin origin = ctx.sources.getOrDefault(dev.tablesmith.model.Ref.column(t.name(), c.name()),
                        new Source(sub.origin(), null, sub.qualifiedName(), null)).origin();
                columns.addCheck(t, checkName,
                        ctx.columnReference(name) + " NOT IN (" + String.join(", ", values) + ") OR "
                                + ctx.columnReference(c.name()) + " IS NOT NULL", origin);
            }
        }

        private List<String> concreteValues(EntityInfo entity) {
            List<String> out = new ArrayList<>();
            if (!entity.isAbstract() && literals.containsKey(entity.qualifiedName())) {
                out.add(literals.get(entity.qualifiedName()));
            }
            for (TypeElement sub : entity.hierarchy().subclasses()) {
                infos.apply(sub).ifPresent(s -> out.addAll(concreteValues(s)));
            }
            return out;
        }
    }

    /** Adds the root's discriminator column and its check to the root's table; null when there is none. */
    Column add(TableAssembly t, EntityInfo root) {
        Optional<Ann> declared = ctx.find(root.type(), Names.DISCRIMINATOR_COLUMN);
        boolean single = root.hierarchy().strategy() == Strategy.SINGLE_TABLE;
        boolean wanted = single ? declared.isPresent() || !root.hierarchy().subclasses().isEmpty() : declared.isPresent();
        if (!wanted || Ann.has(root.type(), Names.H_DISCRIMINATOR_FORMULA)) {
            return null;
        }
        String kind = declared.map(d -> d.enumName("discriminatorType")).filter(k -> !k.isEmpty()).orElse("STRING");
        int length = declared.filter(d -> d.has("length")).map(d -> d.integer("length")).orElse(31);
        String definition = declared.map(d -> d.string("columnDefinition").trim()).orElse("");
        ColumnType type = !definition.isEmpty() ? ColumnType.custom(definition) : switch (kind) {
            case "INTEGER" -> ColumnType.of(ColumnType.Kind.INTEGER);
            case "CHAR" -> ColumnType.chars(1);
            default -> ColumnType.varchar(length);
        };
        String explicit = declared.map(d -> d.string("name").trim()).orElse("");
        String name = ctx.naming.physical(explicit.isEmpty() ? "DTYPE" : explicit);
        Origin origin = declared.map(Ann::origin).orElse(root.origin());
        Origin nameOrigin = explicit.isEmpty() ? null : declared.get().origin("name");
        String javaType = switch (kind) {
            case "INTEGER" -> "java.lang.Integer";
            case "CHAR" -> "java.lang.Character";
            default -> "java.lang.String";
        };
        t.addColumn(dev.tablesmith.model.Column.of(name, type, false), null,
                new Source(origin, nameOrigin, root.qualifiedName(), new ColumnFacts(javaType, true, true, null, null, false)));

        Column column = new Column(name, kind.equals("INTEGER"));
        Map<String, String> owners = new LinkedHashMap<>();
        List<EntityInfo> hierarchy = new ArrayList<>();
        hierarchy.add(root);
        collect(root, hierarchy);
        for (EntityInfo e : hierarchy) {
            Optional<Ann> value = ctx.find(e.type(), Names.DISCRIMINATOR_VALUE);
            String text = value.map(v -> v.string("value")).orElse("");
            Origin valueOrigin = value.map(v -> v.origin("value")).orElse(e.origin());
            if (value.isEmpty() || text.isEmpty()) {
                if (kind.equals("CHAR")) {
                    ctx.problem(MappingMessages.DISCRIMINATOR_VALUE_MISSING, e.origin(), e.qualifiedName(),
                            e.type().getSimpleName());
                    continue;
                }
                text = kind.equals("INTEGER") ? String.valueOf(e.entityName().hashCode()) : e.entityName();
            }
            if (text.equals("null") || text.equals("not null")) {
                column.open = true; // Hibernate's special values: rows of any value (or none) map to the class
                continue;
            }
            String literal;
            if (kind.equals("INTEGER")) {
                try {
                    literal = String.valueOf(Integer.parseInt(text.trim()));
                } catch (NumberFormatException notANumber) {
                    ctx.problem(MappingMessages.DISCRIMINATOR_VALUE_TYPE, valueOrigin, e.qualifiedName(), text, name);
                    continue;
                }
            } else {
                int max = kind.equals("CHAR") ? 1 : type.kind() == ColumnType.Kind.VARCHAR ? type.length() : Integer.MAX_VALUE;
                if (text.length() > max) {
                    ctx.problem(MappingMessages.DISCRIMINATOR_VALUE_LENGTH, valueOrigin, e.qualifiedName(), text, name,
                            kind.equals("CHAR") ? "CHAR(1)" : "VARCHAR(" + max + ")");
                    continue;
                }
                literal = "'" + text.replace("'", "''") + "'";
            }
            String previous = owners.putIfAbsent(literal, e.type().getSimpleName().toString());
            if (previous != null) {
                ctx.problem(MappingMessages.DISCRIMINATOR_VALUE_TWICE, valueOrigin, e.qualifiedName(), text, previous,
                        e.type().getSimpleName());
                continue;
            }
            column.literals.put(e.qualifiedName(), literal);
        }
        List<String> concrete = hierarchy.stream().filter(e -> !e.isAbstract())
                .map(e -> column.literals.get(e.qualifiedName())).filter(v -> v != null).collect(Collectors.toList());
        if (!column.open && !concrete.isEmpty()) {
            columns.addCheck(t, t.localName() + "_" + name + "_valid",
                    ctx.columnReference(name) + " IN (" + String.join(", ", concrete) + ")", origin);
        }
        return column;
    }

    private void collect(EntityInfo entity, List<EntityInfo> out) {
        for (TypeElement sub : entity.hierarchy().subclasses()) {
            infos.apply(sub).ifPresent(s -> {
                out.add(s);
                collect(s, out);
            });
        }
    }
}
