package dev.tablesmith.examples.shop;

import dev.tablesmith.annotations.Sql;
import dev.tablesmith.runtime.TableColumn;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A user's orders, newest first, one page at a time: the handbook's keyset pagination in plain
 * JDBC, with every table and column name taken from the generated {@link OrderTable}, so a renamed
 * column breaks the compilation rather than the query at run time.
 *
 * <p>The page continues after the last row seen instead of skipping rows with {@code OFFSET}, so a
 * deep page costs what the first one does; the index {@code idx_orders_user_id_created_at} serves
 * it. The handbook's {@code created_at < ?} alone would lose rows that share the boundary's
 * timestamp, so the key is {@code (created_at, id)}.
 *
 * <p>Both queries are {@code @Sql} constants: Tablesmith checks them against the schema at compile
 * time and records them for {@code ShopQueryPlansTest}, which shows on PostgreSQL that each uses an index.
 */
public final class OrderHistory {
    /** One listed order: only the columns the listing shows (the handbook's "select only needed columns"). */
    public record OrderSummary(long id, OrderStatus status, BigDecimal total, Instant createdAt) {}

    /** Where the next page starts: the key of the last order of this one. */
    public record Cursor(Instant createdAt, long id) {}

    /** A page of orders and, unless it is the last one, the cursor of the next. */
    public record Page(List<OrderSummary> orders, Optional<Cursor> next) {}

    /** A compile-time constant (no String.join), so the queries below are constants Tablesmith can check. */
    private static final String COLUMNS = OrderTable.ID + ", " + OrderTable.STATUS + ", " + OrderTable.TOTAL + ", "
            + OrderTable.CREATED_AT;

    /** The first page: the user's newest orders. */
    @Sql
    static final String FIRST_PAGE = "SELECT " + COLUMNS + " FROM " + OrderTable.TABLE
            + " WHERE " + OrderTable.USER_ID + " = ?"
            + " ORDER BY " + OrderTable.CREATED_AT + " DESC, " + OrderTable.ID + " DESC LIMIT ?";

    /** Every later page: the orders older than the cursor's, ties broken by id. */
    @Sql
    static final String NEXT_PAGE = "SELECT " + COLUMNS + " FROM " + OrderTable.TABLE
            + " WHERE " + OrderTable.USER_ID + " = ?"
            + " AND (" + OrderTable.CREATED_AT + ", " + OrderTable.ID + ") < (?, ?)"
            + " ORDER BY " + OrderTable.CREATED_AT + " DESC, " + OrderTable.ID + " DESC LIMIT ?";

    private final Connection connection;

    public OrderHistory(Connection connection) {
        this.connection = connection;
    }

    /**
     * One page of the user's orders.
     *
     * @param after the cursor of the previous page, or empty for the first page
     * @param size how many orders a page holds
     */
    public Page page(long userId, Optional<Cursor> after, int size) throws SQLException {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one order, not " + size);
        }
        try (PreparedStatement ps = connection.prepareStatement(after.isPresent() ? NEXT_PAGE : FIRST_PAGE)) {
            int i = 1;
            ps.setLong(i++, userId);
            if (after.isPresent()) {
                ps.setObject(i++, OffsetDateTime.ofInstant(after.get().createdAt(), ZoneOffset.UTC));
                ps.setLong(i++, after.get().id());
            }
            // one more row than the page holds tells whether another page follows
            ps.setInt(i, size + 1);
            List<OrderSummary> orders = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    orders.add(new OrderSummary(
                            get(rs, OrderTable.Columns.ID),
                            OrderStatus.valueOf(rs.getString(OrderTable.STATUS)),
                            get(rs, OrderTable.Columns.TOTAL),
                            rs.getObject(OrderTable.CREATED_AT, OffsetDateTime.class).toInstant()));
                }
            }
            if (orders.size() <= size) {
                return new Page(orders, Optional.empty());
            }
            List<OrderSummary> page = List.copyOf(orders.subList(0, size));
            OrderSummary last = page.get(size - 1);
            return new Page(page, Optional.of(new Cursor(last.createdAt(), last.id())));
        }
    }

    /** A column's value as the Java type its descriptor names (JDBC converts BIGINT to Long, NUMERIC to BigDecimal). */
    private static <T> T get(ResultSet rs, TableColumn<T> column) throws SQLException {
        return rs.getObject(column.name(), column.javaType());
    }
}
