package dev.tablesmith.queries;

import dev.tablesmith.queries.JpqlTranslation.Unknown;
import dev.tablesmith.queries.EntityMapping.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.TokenMgrException;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * JPQL to SQL through the entity mapping, on JSqlParser's tree (JPQL's grammar is close enough to
 * SQL's for what queries usually say): entity names become tables, {@code alias.attribute.path}
 * columns, {@code JOIN o.items i} a join on the foreign key, an alias alone in the select list the
 * entity's columns and elsewhere its key. {@code JOIN FETCH} is read as a join (and remembered for
 * the N+1 rule). What it cannot translate (an implicit join {@code o.user.email}, a
 * {@code @ManyToMany} join, a constructor expression) makes the translation fail with a reason.
 */
final class JpqlTranslator {
    private static final Pattern FETCH = Pattern.compile("(?i)\\bjoin\\s+fetch\\s+([A-Za-z_][\\w]*)\\.([A-Za-z_][\\w]*)");
    private static final Pattern ENTITY_NAME = Pattern.compile("#\\{\\s*#entityName\\s*}");

    private final List<EntityMapping> entities;
    private final Map<String, EntityMapping> aliases = new LinkedHashMap<>();
    private final List<Unknown> unknownEntities = new ArrayList<>();
    private final List<Unknown> unknownAttributes = new ArrayList<>();
    private String problem;

    JpqlTranslator(List<EntityMapping> entities) {
        this.entities = entities;
    }

    private static final class Untranslatable extends RuntimeException {
        Untranslatable(String message) {
            super(message, null, false, false);
        }
    }

    JpqlTranslation translate(String jpql, String domainEntity) {
        String text = jpql;
        if (domainEntity != null) {
            Optional<EntityMapping> domain = byClass(domainEntity);
            if (domain.isPresent()) {
                text = ENTITY_NAME.matcher(text).replaceAll(Matcher.quoteReplacement(domain.get().entityName()));
            }
        }
        List<String[]> fetches = new ArrayList<>();
        Matcher m = FETCH.matcher(text);
        while (m.find()) {
            fetches.add(new String[] {m.group(1), m.group(2)});
        }
        text = FETCH.matcher(text).replaceAll("JOIN $1.$2");
        text = quoteEntityNames(text);
        if (text.matches("(?is)\\s*select\\s+new\\s.*")) {
            return failed("Tablesmith does not translate constructor expressions (SELECT NEW ...) yet");
        }
        Statement statement;
        try {
            statement = JSqlQueryParser.parser(text, "postgresql").Statement();
        } catch (ParseException | TokenMgrException e) {
            return failed(JSqlQueryParser.firstLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(e.getClass().getSimpleName());
        }
        String root = null;
        boolean selectsEntity = false;
        try {
            if (statement instanceof Select select) {
                PlainSelect plain = select instanceof PlainSelect p ? p : null;
                select(select);
                if (plain != null && plain.getFromItem() instanceof Table) {
                    root = aliases.values().stream().findFirst().map(EntityMapping::className).orElse(null);
                }
                selectsEntity = plain != null && selectedEntity;
            } else if (statement instanceof Update update) {
                from(update.getTable(), null);
                for (UpdateSet set : update.getUpdateSets()) {
                    for (Column c : set.getColumns()) {
                        column(c);
                        c.setTable(null); // PostgreSQL refuses a qualified column in SET
                    }
                    set.getValues().forEach(this::expression);
                }
                expression(update.getWhere());
            } else if (statement instanceof Delete delete) {
                from(delete.getTable(), null);
                expression(delete.getWhere());
            } else {
                return failed("not a SELECT, UPDATE or DELETE");
            }
        } catch (Untranslatable e) {
            return failed(e.getMessage());
        }
        if (!unknownEntities.isEmpty() || !unknownAttributes.isEmpty()) {
            return new JpqlTranslation(null, null, unknownEntities, unknownAttributes, root, selectsEntity, List.of());
        }
        List<String> fetched = new ArrayList<>();
        for (String[] f : fetches) {
            EntityMapping owner = aliases.get(f[0]);
            if (owner != null && owner.className().equals(root)) {
                fetched.add(f[1]);
            }
        }
        return new JpqlTranslation(statement.toString(), problem, List.of(), List.of(), root, selectsEntity, fetched);
    }

    private static final Pattern FROM_ENTITY = Pattern.compile("(?i)\\b(from|join|update)(\\s+)([A-Za-z_][\\w]*)(?=\\s|$)");

    /** Entity names after FROM, JOIN and UPDATE in double quotes: {@code Order} and {@code User} are SQL keywords. */
    private String quoteEntityNames(String text) {
        Matcher m = FROM_ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(3);
            boolean entity = entities.stream().anyMatch(e -> e.entityName().equals(name));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + (entity ? "\"" + name + "\"" : name)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private JpqlTranslation failed(String why) {
        return new JpqlTranslation(null, why, unknownEntities, unknownAttributes, null, false, List.of());
    }

    private boolean selectedEntity;

    private void select(Select select) {
        if (select instanceof ParenthesedSelect p) {
            select(p.getSelect());
            return;
        }
        if (select instanceof SetOperationList set) {
            set.getSelects().forEach(this::select);
            return;
        }
        if (!(select instanceof PlainSelect plain)) {
            throw new Untranslatable("Tablesmith cannot translate this JPQL");
        }
        from(plain.getFromItem(), null);
        if (plain.getJoins() != null) {
            for (Join join : plain.getJoins()) {
                from(join.getFromItem(), join);
            }
            for (Join join : plain.getJoins()) {
                join.getOnExpressions().forEach(this::expression);
            }
        }
        List<SelectItem<?>> items = new ArrayList<>();
        for (SelectItem<?> item : plain.getSelectItems()) {
            if (item.getExpression() instanceof Column c && c.getTable() == null && aliases.containsKey(c.getColumnName())) {
                EntityMapping e = aliases.get(c.getColumnName());
                for (String col : e.tableColumns()) {
                    items.add(new SelectItem<>(new Column(new Table(c.getColumnName()), col)));
                }
                selectedEntity = plain.getSelectItems().size() == 1;
            } else {
                expression(item.getExpression());
                items.add(item);
            }
        }
        plain.setSelectItems(items);
        expression(plain.getWhere());
        expression(plain.getHaving());
        GroupByElement group = plain.getGroupBy();
        if (group != null && group.getGroupByExpressionList() != null) {
            group.getGroupByExpressionList().forEach(e -> expression((Expression) e));
        }
        if (plain.getOrderByElements() != null) {
            for (OrderByElement o : plain.getOrderByElements()) {
                expression(o.getExpression());
            }
        }
    }

    private Optional<EntityMapping> byName(String quoted) {
        String name = quoted.replace("\"", "");
        for (EntityMapping e : entities) {
            if (e.entityName().equals(name) || e.className().equals(name)) {
                return Optional.of(e);
            }
        }
        return entities.stream().filter(e -> e.entityName().equalsIgnoreCase(name)).findFirst();
    }

    private Optional<EntityMapping> byClass(String className) {
        return entities.stream().filter(e -> e.className().equals(className)).findFirst();
    }

    /** An entity in FROM, or a relation joined ({@code JOIN o.items i}). */
    private void from(FromItem item, Join join) {
        if (!(item instanceof Table table)) {
            if (item instanceof ParenthesedSelect p) {
                select(p.getSelect());
                return;
            }
            throw new Untranslatable("Tablesmith cannot translate this FROM item: " + item);
        }
        String alias = table.getAlias() != null ? table.getAlias().getName() : null;
        String owner = table.getSchemaName();
        if (owner != null && aliases.containsKey(owner)) {
            relationJoin(table, aliases.get(owner), owner, alias, join);
            return;
        }
        String name = table.getFullyQualifiedName().replace("\"", "");
        Optional<EntityMapping> entity = byName(name);
        if (entity.isEmpty()) {
            unknownEntities.add(new Unknown(name, null, entities.stream().map(EntityMapping::entityName).sorted().toList()));
            return;
        }
        if (entity.get().notOneTable() != null) {
            throw new Untranslatable("entity " + entity.get().entityName() + " " + entity.get().notOneTable());
        }
        aliases.put(alias != null ? alias : name, entity.get());
        table.setSchemaName(null);
        table.setName(entity.get().table());
        if (alias == null) {
            table.setAlias(new net.sf.jsqlparser.expression.Alias(name, false));
        }
    }

    private void relationJoin(Table table, EntityMapping owner, String ownerAlias, String alias, Join join) {
        Optional<Relation> relation = owner.relation(table.getName());
        if (relation.isEmpty()) {
            unknownAttributes.add(new Unknown(table.getName(), owner.entityName(),
                    owner.relations().stream().map(Relation::attribute).sorted().toList()));
            return;
        }
        Relation r = relation.get();
        Optional<EntityMapping> target = byClass(r.target());
        if (alias == null) {
            alias = ownerAlias + "_" + r.attribute(); // JOIN FETCH o.user: a join with no alias of its own
            table.setAlias(new net.sf.jsqlparser.expression.Alias(alias, false));
        }
        if (target.isEmpty() || join == null) {
            throw new Untranslatable("Tablesmith cannot translate the join over " + ownerAlias + "." + r.attribute());
        }
        EntityMapping t = target.get();
        if (t.notOneTable() != null) {
            throw new Untranslatable("entity " + t.entityName() + " " + t.notOneTable());
        }
        Expression on;
        if (!r.joinColumns().isEmpty() && r.joinColumns().size() == 1 && t.idColumns().size() == 1) {
            on = equals(alias, t.idColumns().get(0), ownerAlias, r.joinColumns().get(0));
        } else if (!r.mappedBy().isEmpty() && t.relation(r.mappedBy()).map(x -> x.joinColumns().size() == 1).orElse(false)
                && owner.idColumns().size() == 1) {
            on = equals(alias, t.relation(r.mappedBy()).get().joinColumns().get(0), ownerAlias, owner.idColumns().get(0));
        } else {
            throw new Untranslatable("Tablesmith cannot translate the join over " + ownerAlias + "." + r.attribute()
                    + " (a join table or a composite key)");
        }
        aliases.put(alias, t);
        table.setSchemaName(null);
        table.setName(t.table());
        List<Expression> ons = new ArrayList<>(join.getOnExpressions());
        ons.add(0, on);
        join.setOnExpressions(ons);
        if (!join.isLeft() && !join.isInner() && !join.isOuter()) {
            join.setInner(true);
        }
    }

    /** Columns this translation wrote itself (the ON of a relation join): already SQL, not attribute paths. */
    private final java.util.Set<Column> generated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private Expression equals(String leftAlias, String left, String rightAlias, String right) {
        Column l = new Column(new Table(leftAlias), left);
        Column r = new Column(new Table(rightAlias), right);
        generated.add(l);
        generated.add(r);
        return new EqualsTo(l, r);
    }

    private void expression(Expression e) {
        if (e == null) {
            return;
        }
        e.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column column, S context) {
                JpqlTranslator.this.column(column);
                return null;
            }

            @Override
            public <S> Void visit(ParenthesedSelect select, S context) {
                JpqlTranslator.this.select(select);
                return null;
            }

            @Override
            public <S> Void visit(Select select, S context) {
                JpqlTranslator.this.select(select);
                return null;
            }
        }, null);
    }

    /** {@code alias.path.to.attribute} to {@code alias.column}. */
    private void column(Column column) {
        if (generated.contains(column)) {
            return;
        }
        List<String> parts = new ArrayList<>(List.of(column.getFullyQualifiedName().split("\\.")));
        String first = parts.get(0);
        String lower = first.toLowerCase(Locale.ROOT);
        if (parts.size() == 1 && (lower.equals("true") || lower.equals("false") || lower.equals("null")
                || lower.startsWith("current_"))) {
            return;
        }
        EntityMapping entity = aliases.get(first);
        String alias = first;
        if (entity == null) {
            if (aliases.size() != 1 || parts.size() > 1 && aliases.containsKey(parts.get(0))) {
                return; // a qualifier Tablesmith does not know: left as written
            }
            alias = aliases.keySet().iterator().next(); // HQL allows unqualified attributes of the only entity
            entity = aliases.get(alias);
        } else {
            parts.remove(0);
        }
        if (parts.isEmpty()) {
            // the entity itself, outside the select list (count(o), o = :order): its key
            if (entity.idColumns().size() != 1) {
                throw new Untranslatable("Tablesmith cannot translate a reference to " + alias + ", whose key has "
                        + entity.idColumns().size() + " columns");
            }
            setColumn(column, alias, entity.idColumns().get(0));
            return;
        }
        String path = String.join(".", parts);
        String mapped = entity.columns().get(path);
        if (mapped == null && parts.size() == 2) {
            Optional<Relation> relation = entity.relation(parts.get(0));
            if (relation.isPresent() && relation.get().joinColumns().size() == 1) {
                Optional<EntityMapping> target = byClass(relation.get().target());
                String key = target.map(t -> t.columns().get(parts.get(1))).orElse(null);
                if (key != null && target.get().idColumns().equals(List.of(key))) {
                    mapped = relation.get().joinColumns().get(0); // o.user.id is the foreign key column itself
                } else if (target.isPresent()) {
                    throw new Untranslatable("Tablesmith does not translate the implicit join " + alias + "." + path
                            + ": write JOIN " + alias + "." + parts.get(0) + " x and use x." + parts.get(1));
                }
            }
        }
        if (mapped == null) {
            List<String> known = new ArrayList<>(entity.columns().keySet());
            known.sort(null);
            unknownAttributes.add(new Unknown(path, entity.entityName(), known));
            return;
        }
        setColumn(column, alias, mapped);
    }

    private static void setColumn(Column column, String alias, String name) {
        column.setTable(new Table(alias));
        column.setColumnName(name);
    }
}
