package dev.tablesmith.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tablesmith.model.Column;
import dev.tablesmith.model.ColumnType;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnreadCommentsTest {
    static Table table(String name, String comment, Column... columns) {
        Table.Builder b = new Table.Builder(name);
        b.entity = "app." + name;
        b.comment = comment;
        b.columns.addAll(List.of(columns));
        return b.build();
    }

    static Column column(String name, String comment) {
        return Column.of(name, ColumnType.of(ColumnType.Kind.BIGINT), true).withComment(comment);
    }

    static final Schema SNAPSHOT = new Schema(List.of(
            table("users", "People", column("id", "Key"), column("email", "Where we write"))), List.of());

    @Test
    void unreadTableAndColumnCommentsComeFromTheSnapshot() {
        Schema model = new Schema(List.of(table("users", null, column("id", null), column("email", null),
                column("phone", null))), List.of());
        Schema kept = UnreadComments.keep(model, SNAPSHOT,
                Set.of(Ref.table("users"), Ref.column("users", "email"), Ref.column("users", "phone")));
        Table users = kept.table("users").orElseThrow();
        assertEquals("People", users.comment());
        assertEquals("Where we write", users.column("email").orElseThrow().comment());
        assertNull(users.column("id").orElseThrow().comment(), "a comment that was read stays as read");
        assertNull(users.column("phone").orElseThrow().comment(), "a column the snapshot lacks keeps its own");
    }

    @Test
    void aCommentThatWasReadIsNeverReplaced() {
        Schema model = new Schema(List.of(table("users", "Sign-ins", column("id", "Key"))), List.of());
        assertEquals("Sign-ins", UnreadComments.keep(model, SNAPSHOT, Set.of(Ref.column("users", "id")))
                .table("users").orElseThrow().comment());
        assertSame(model, UnreadComments.keep(model, SNAPSHOT, Set.of()));
        Schema orders = new Schema(List.of(table("orders", null)), List.of());
        assertNull(UnreadComments.keep(orders, SNAPSHOT, Set.of(Ref.table("orders")))
                .table("orders").orElseThrow().comment(), "a table the snapshot lacks keeps its own");
    }
}
