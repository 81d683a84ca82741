package dev.tablesmith.queries;

import dev.tablesmith.queries.ParsedQuery.Bound;
import dev.tablesmith.queries.ParsedQuery.Clause;
import dev.tablesmith.queries.ParsedQuery.ColumnRef;
import dev.tablesmith.queries.ParsedQuery.Insert;
import dev.tablesmith.queries.ParsedQuery.Like;
import dev.tablesmith.queries.ParsedQuery.Op;
import dev.tablesmith.queries.ParsedQuery.Operand;
import dev.tablesmith.queries.ParsedQuery.OrderItem;
import dev.tablesmith.queries.ParsedQuery.Paging;
import dev.tablesmith.queries.ParsedQuery.Predicate;
import dev.tablesmith.queries.ParsedQuery.Scope;
import dev.tablesmith.queries.ParsedQuery.TableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.TokenMgrException;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * {@link QueryParser} with JSqlParser: a statement is parsed with the target engine's lexical
 * rules (PostgreSQL's or MySQL's dialect; SQLite with square-bracket names), then walked once into
 * a {@link ParsedQuery}. The parser is called directly, not through {@code CCJSqlParserUtil.parse},
 * which starts a thread per statement to time it out. Anything the parser throws, also an
 * unexpected runtime exception from its generated code, becomes a {@link Parse#problem()}.
 */
final class JSqlQueryParser implements QueryParser {
    @Override
    public Parse parse(String sql, String engine) {
        try {
            Statement statement = parser(sql, engine).Statement();
            return new Parse(new Walk().statement(statement), null);
        } catch (ParseException | TokenMgrException e) {
            return new Parse(null, firstLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Parse(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
        }
    }

    @Override
    public JpqlTranslation translate(String jpql, List<EntityMapping> entities, String domainEntity) {
        return new JpqlTranslator(entities).translate(jpql, domainEntity);
    }

    static CCJSqlParser parser(String sql, String engine) {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(sql);
        switch (engine) {
            case "mysql" -> parser.withDialect(AbstractJSqlParser.Dialect.MYSQL).withBackslashEscapeCharacter(true);
            case "sqlite" -> parser.withSquareBracketQuotation(true);
            default -> parser.withDialect(AbstractJSqlParser.Dialect.POSTGRESQL);
        }
        return parser;
    }

    /** The parser's message is long (every expected token); its first line says where. */
    static String firstLine(String message) {
        if (message == null) {
            return "the parser gave no reason";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        int was = line.indexOf(" Was expecting");
        line = was > 0 ? line.substring(0, was).strip() : line;
        line = line.replaceAll(",? in lexical state \\w+", "").replaceAll("\\.$", "");
        return line.replaceAll("<[A-Z_]+> / ", "").replace("Encountered: ", "unexpected ");
    }

    /** One walk over a statement, collecting scopes. */
    private static final class Walk {
        private final List<ScopeBuilder> scopes = new ArrayList<>();
        private final List<String> virtualNames = new ArrayList<>();
        private Insert insert;

        ParsedQuery statement(Statement statement) {
            String kind;
            if (statement instanceof Select select) {
                kind = "SELECT";
                select(select, -1);
            } else if (statement instanceof net.sf.jsqlparser.statement.insert.Insert ins) {
                kind = "INSERT";
                insert(ins);
            } else if (statement instanceof Update update) {
                kind = "UPDATE";
                update(update);
            } else if (statement instanceof Delete delete) {
                kind = "DELETE";
                delete(delete);
            } else {
                kind = "OTHER";
            }
            return new ParsedQuery(kind, scopes.stream().map(ScopeBuilder::build).toList(), insert, virtualNames);
        }

        private void insert(net.sf.jsqlparser.statement.insert.Insert ins) {
            ScopeBuilder scope = newScope(-1);
            scope.tables.add(new TableRef(ins.getTable().getName(), null));
            List<String> columns = new ArrayList<>();
            if (ins.getColumns() != null) {
                for (Column c : ins.getColumns()) {
                    columns.add(c.getColumnName());
                    scope.columns.add(new ColumnRef(null, c.getColumnName(), Clause.INSERT));
                }
            }
            List<Integer> rows = new ArrayList<>();
            Integer selectWidth = null;
            Select source = ins.getSelect();
            if (source instanceof Values values) {
                ExpressionList<?> list = values.getExpressions();
                boolean multiRow = list.size() > 1 && list.stream().allMatch(e -> e instanceof ParenthesedExpressionList<?>);
                if (multiRow) {
                    for (Expression row : list) {
                        rows.add(((ParenthesedExpressionList<?>) row).size());
                    }
                } else {
                    rows.add(list.size());
                }
                collect(list, scope, Clause.INSERT);
            } else if (source instanceof ParenthesedSelect p && p.getSelect() instanceof Values values) {
                rows.add(values.getExpressions().size());
                collect(values.getExpressions(), scope, Clause.INSERT);
            } else if (source != null) {
                PlainSelect plain = plainOf(source);
                if (plain != null) {
                    boolean star = plain.getSelectItems().stream().anyMatch(i -> i.getExpression() instanceof AllColumns);
                    selectWidth = star ? -1 : plain.getSelectItems().size();
                }
                select(source, 0);
            }
            insert = new Insert(ins.getTable().getName(), columns, rows, selectWidth);
        }

        private static PlainSelect plainOf(Select select) {
            if (select instanceof PlainSelect p) {
                return p;
            }
            if (select instanceof ParenthesedSelect p) {
                return plainOf(p.getSelect());
            }
            return null;
        }

        private void update(Update update) {
            ScopeBuilder scope = newScope(-1);
            int index = scopes.indexOf(scope);
            from(update.getTable(), scope, index);
            if (update.getFromItem() != null) {
                from(update.getFromItem(), scope, index);
            }
            joins(update.getJoins(), scope, index);
            for (UpdateSet set : update.getUpdateSets()) {
                for (Column c : set.getColumns()) {
                    scope.columns.add(ref(c, Clause.SET));
                }
                collect(set.getValues(), scope, Clause.SET);
            }
            where(update.getWhere(), scope, Clause.WHERE);
        }

        private void delete(Delete delete) {
            ScopeBuilder scope = newScope(-1);
            int index = scopes.indexOf(scope);
            from(delete.getTable(), scope, index);
            joins(delete.getJoins(), scope, index);
            where(delete.getWhere(), scope, Clause.WHERE);
        }

        private ScopeBuilder newScope(int parent) {
            ScopeBuilder s = new ScopeBuilder(parent);
            scopes.add(s);
            return s;
        }

        private void select(Select select, int parent) {
            if (select.getWithItemsList() != null) {
                for (WithItem<?> with : select.getWithItemsList()) {
                    if (with.getAlias() != null) {
                        virtualNames.add(with.getAlias().getName());
                    }
                    if (with.getSelect() != null) {
                        select(with.getSelect(), parent);
                    }
                }
            }
            if (select instanceof ParenthesedSelect p) {
                select(p.getSelect(), parent);
                return;
            }
            if (select instanceof SetOperationList set) {
                for (Select s : set.getSelects()) {
                    select(s, parent);
                }
                return;
            }
            if (!(select instanceof PlainSelect plain)) {
                return; // VALUES and other selects name no columns of ours
            }
            ScopeBuilder scope = newScope(parent);
            int index = scopes.indexOf(scope);
            if (plain.getFromItem() != null) {
                from(plain.getFromItem(), scope, index);
            }
            joins(plain.getJoins(), scope, index);
            for (SelectItem<?> item : plain.getSelectItems()) {
                Expression e = item.getExpression();
                if (item.getAlias() != null) {
                    virtualNames.add(item.getAlias().getName()); // ORDER BY may name it
                }
                if (e instanceof AllTableColumns all) {
                    scope.stars.add(all.getTable().getName());
                } else if (e instanceof AllColumns) {
                    scope.stars.add("");
                } else {
                    collect(e, scope, Clause.SELECT);
                }
            }
            where(plain.getWhere(), scope, Clause.WHERE);
            if (plain.getGroupBy() != null && plain.getGroupBy().getGroupByExpressionList() != null) {
                collect(plain.getGroupBy().getGroupByExpressionList(), scope, Clause.GROUP_BY);
            }
            if (plain.getHaving() != null) {
                collect(plain.getHaving(), scope, Clause.HAVING);
            }
            if (plain.getOrderByElements() != null) {
                for (OrderByElement o : plain.getOrderByElements()) {
                    if (o.getExpression() instanceof Column c) {
                        ColumnRef ref = ref(c, Clause.ORDER_BY);
                        scope.orderBy.add(new OrderItem(ref, !o.isAsc()));
                        scope.columns.add(ref);
                    } else {
                        collect(o.getExpression(), scope, Clause.ORDER_BY);
                    }
                }
            }
            scope.paging = paging(plain.getLimit(), plain.getOffset() == null ? null : plain.getOffset().getOffset());
        }

        private static Paging paging(Limit limit, Expression offset) {
            Bound rows = limit == null ? Bound.NONE : bound(limit.getRowCount());
            Expression off = offset != null ? offset : limit == null ? null : limit.getOffset();
            return new Paging(rows, bound(off));
        }

        private static Bound bound(Expression e) {
            if (e == null) {
                return Bound.NONE;
            }
            if (e instanceof JdbcParameter || e instanceof JdbcNamedParameter) {
                return new Bound(true, true, null, e.toString());
            }
            if (e instanceof LongValue l) {
                return new Bound(true, false, l.getValue(), e.toString());
            }
            return new Bound(true, false, null, e.toString());
        }

        private void from(FromItem item, ScopeBuilder scope, int index) {
            if (item instanceof Table t) {
                scope.tables.add(new TableRef(t.getName(), t.getAlias() == null ? null : t.getAlias().getName()));
            } else if (item instanceof ParenthesedSelect p) {
                if (p.getAlias() != null) {
                    virtualNames.add(p.getAlias().getName());
                }
                select(p.getSelect(), index);
            } else if (item instanceof ParenthesedFromItem p) {
                from(p.getFromItem(), scope, index);
                joins(p.getJoins(), scope, index);
            } else if (item != null && item.getAlias() != null) {
                virtualNames.add(item.getAlias().getName()); // a table function, VALUES, LATERAL ...
            }
        }

        private void joins(List<Join> joins, ScopeBuilder scope, int index) {
            if (joins == null) {
                return;
            }
            for (Join join : joins) {
                from(join.getFromItem(), scope, index);
                for (Expression on : join.getOnExpressions()) {
                    where(on, scope, Clause.JOIN);
                }
                if (join.getUsingColumns() != null) {
                    join.getUsingColumns().forEach(c -> scope.columns.add(new ColumnRef(null, c.getColumnName(), Clause.JOIN)));
                }
            }
        }

        private void where(Expression where, ScopeBuilder scope, Clause clause) {
            if (where == null) {
                return;
            }
            collect(where, scope, clause);
            predicates(where, scope, clause, false);
        }

        /** Every column an expression names, into the scope; sub-selects become scopes of their own. */
        private void collect(Expression e, ScopeBuilder scope, Clause clause) {
            if (e == null) {
                return;
            }
            int index = scopes.indexOf(scope);
            e.accept(new ExpressionVisitorAdapter<Void>() {
                @Override
                public <S> Void visit(Column column, S context) {
                    if (!isKeyword(column)) {
                        scope.columns.add(ref(column, clause));
                    }
                    return null;
                }

                @Override
                public <S> Void visit(ParenthesedSelect select, S context) {
                    Walk.this.select(select, index);
                    return null;
                }

                @Override
                public <S> Void visit(Select select, S context) {
                    Walk.this.select(select, index);
                    return null;
                }
            }, null);
        }

        /** Names JSqlParser reads as columns but that are values. */
        private static boolean isKeyword(Column c) {
            if (c.getTable() != null && c.getTable().getName() != null) {
                return false;
            }
            String name = c.getColumnName().toLowerCase(Locale.ROOT);
            return name.equals("true") || name.equals("false") || name.equals("current_timestamp")
                    || name.equals("current_date") || name.equals("current_time") || name.equals("localtimestamp")
                    || name.equals("current_user") || name.equals("session_user") || name.equals("null");
        }

        private void predicates(Expression e, ScopeBuilder scope, Clause clause, boolean inOr) {
            if (e instanceof AndExpression and) {
                predicates(and.getLeftExpression(), scope, clause, inOr);
                predicates(and.getRightExpression(), scope, clause, inOr);
            } else if (e instanceof OrExpression or) {
                predicates(or.getLeftExpression(), scope, clause, true);
                predicates(or.getRightExpression(), scope, clause, true);
            } else if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
                predicates(list.get(0), scope, clause, inOr);
            } else if (e instanceof NotExpression not) {
                predicates(not.getExpression(), scope, clause, true); // NOT x = ? is no index lookup
            } else if (e instanceof ComparisonOperator cmp) {
                comparison(cmp, scope, clause, inOr);
            } else if (e instanceof Between b) {
                columnSide(b.getLeftExpression()).ifPresent(side -> scope.predicates.add(new Predicate(side.column, side.function,
                        Op.RANGE, operand(b.getBetweenExpressionStart()), clause, inOr)));
            } else if (e instanceof InExpression in) {
                Operand other = in.getRightExpression() instanceof Select ? new Operand(Operand.Kind.SUBQUERY, null, null)
                        : new Operand(Operand.Kind.LIST, null, in.getRightExpression().toString());
                columnSide(in.getLeftExpression()).ifPresent(side -> scope.predicates.add(new Predicate(side.column,
                        side.function, in.isNot() ? Op.NOT_EQUALS : Op.IN, other, clause, inOr)));
            } else if (e instanceof LikeExpression like) {
                columnSide(like.getLeftExpression()).ifPresent(side -> {
                    String pattern = pattern(like.getRightExpression());
                    boolean leading = pattern != null && (pattern.startsWith("%") || pattern.startsWith("_"));
                    scope.predicates.add(new Predicate(side.column, side.function, leading || like.isNot() ? Op.OTHER : Op.LIKE,
                            operand(like.getRightExpression()), clause, inOr));
                    if (pattern != null) {
                        scope.likes.add(new Like(side.column, pattern, like.getLikeKeyWord().toString()));
                    }
                });
            } else if (e instanceof IsNullExpression isNull) {
                columnSide(isNull.getLeftExpression()).ifPresent(side -> scope.predicates.add(new Predicate(side.column,
                        side.function, isNull.isNot() ? Op.OTHER : Op.IS_NULL, new Operand(Operand.Kind.NULL, null, "NULL"),
                        clause, inOr)));
            }
        }

        private void comparison(ComparisonOperator cmp, ScopeBuilder scope, Clause clause, boolean inOr) {
            Op op = cmp instanceof EqualsTo ? Op.EQUALS : cmp instanceof NotEqualsTo ? Op.NOT_EQUALS : Op.RANGE;
            Expression left = cmp.getLeftExpression();
            Expression right = cmp.getRightExpression();
            // (created_at, id) < (?, ?): a row comparison, a range on each column
            if (left instanceof ParenthesedExpressionList<?> l && l.size() > 1) {
                List<?> rights = right instanceof ParenthesedExpressionList<?> r ? r : List.of();
                for (int i = 0; i < l.size(); i++) {
                    Operand other = i < rights.size() ? operand((Expression) rights.get(i)) : operand(right);
                    int at = i;
                    columnSide(l.get(i)).ifPresent(side -> scope.predicates.add(new Predicate(side.column, side.function,
                            at == 0 ? op : Op.OTHER, other, clause, inOr)));
                }
                return;
            }
            var l = columnSide(left);
            var r = columnSide(right);
            l.ifPresent(side -> scope.predicates.add(new Predicate(side.column, side.function, op, operand(right), clause, inOr)));
            r.ifPresent(side -> scope.predicates.add(new Predicate(side.column, side.function, op, operand(left), clause, inOr)));
        }

        private record Side(ColumnRef column, String function) {}

        private java.util.Optional<Side> columnSide(Expression e) {
            if (e instanceof Column c && !isKeyword(c)) {
                return java.util.Optional.of(new Side(ref(c, Clause.WHERE), null));
            }
            if (e instanceof Function f && f.getParameters() != null) {
                List<Column> columns = new ArrayList<>();
                f.getParameters().forEach(p -> {
                    if (p instanceof Column c && !isKeyword(c)) {
                        columns.add(c);
                    }
                });
                if (columns.size() == 1) {
                    return java.util.Optional.of(new Side(ref(columns.get(0), Clause.WHERE), normalise(f, columns.get(0))));
                }
            }
            if (e instanceof CastExpression cast && cast.getLeftExpression() instanceof Column c && !isKeyword(c)) {
                return java.util.Optional.of(new Side(ref(c, Clause.WHERE), normalise(cast, c)));
            }
            return java.util.Optional.empty();
        }

        /** The expression as an index would write it: lower case, no qualifier, no spaces. */
        private static String normalise(Expression e, Column c) {
            String text = e.toString();
            if (c.getTable() != null && c.getTable().getName() != null) {
                text = text.replace(c.getTable().getName() + "." + c.getColumnName(), c.getColumnName());
            }
            return IndexUsage.normalise(text);
        }

        private static String pattern(Expression e) {
            if (e instanceof StringValue s) {
                return s.getValue();
            }
            if (e instanceof Concat concat) {
                return pattern(concat.getLeftExpression());
            }
            if (e instanceof Function f && f.getName().equalsIgnoreCase("concat") && f.getParameters() != null
                    && !f.getParameters().isEmpty()) {
                return pattern((Expression) f.getParameters().get(0));
            }
            return null;
        }

        private static Operand operand(Expression e) {
            if (e instanceof JdbcParameter || e instanceof JdbcNamedParameter) {
                return new Operand(Operand.Kind.PARAMETER, null, e.toString());
            }
            if (e instanceof StringValue s) {
                return new Operand(Operand.Kind.STRING, null, s.getValue());
            }
            if (e instanceof LongValue || e instanceof DoubleValue
                    || e instanceof SignedExpression s && (s.getExpression() instanceof LongValue || s.getExpression() instanceof DoubleValue)) {
                return new Operand(Operand.Kind.NUMBER, null, e.toString());
            }
            if (e instanceof BooleanValue) {
                return new Operand(Operand.Kind.BOOLEAN, null, e.toString());
            }
            if (e instanceof Column c && isKeyword(c)) {
                String name = c.getColumnName().toLowerCase(Locale.ROOT);
                return new Operand(name.equals("true") || name.equals("false") ? Operand.Kind.BOOLEAN
                        : name.equals("null") ? Operand.Kind.NULL : Operand.Kind.TEMPORAL, null, c.getColumnName());
            }
            if (e instanceof NullValue) {
                return new Operand(Operand.Kind.NULL, null, "NULL");
            }
            if (e instanceof DateTimeLiteralExpression) {
                return new Operand(Operand.Kind.TEMPORAL, null, e.toString());
            }
            if (e instanceof Column c) {
                return new Operand(Operand.Kind.COLUMN, ref(c, Clause.WHERE), c.toString());
            }
            if (e instanceof Select) {
                return new Operand(Operand.Kind.SUBQUERY, null, null);
            }
            return new Operand(Operand.Kind.EXPRESSION, null, e == null ? "" : e.toString());
        }

        private static ColumnRef ref(Column c, Clause clause) {
            Table t = c.getTable();
            String qualifier = t == null || t.getName() == null ? null : t.getName();
            return new ColumnRef(qualifier, c.getColumnName(), clause);
        }
    }

    private static final class ScopeBuilder {
        final int parent;
        final List<TableRef> tables = new ArrayList<>();
        final List<ColumnRef> columns = new ArrayList<>();
        final List<Predicate> predicates = new ArrayList<>();
        final List<OrderItem> orderBy = new ArrayList<>();
        final List<String> stars = new ArrayList<>();
        final List<Like> likes = new ArrayList<>();
        Paging paging = Paging.NONE;

        ScopeBuilder(int parent) {
            this.parent = parent;
        }

        Scope build() {
            return new Scope(parent, tables, columns, predicates, orderBy, stars, likes, paging);
        }
    }

}
