package dev.tablesmith.dialect;

import dev.tablesmith.dialect.mysql.MySqlDialect;
import dev.tablesmith.dialect.postgresql.PostgresDialect;
import dev.tablesmith.dialect.sqlite.SqliteDialect;
import java.util.List;
import java.util.Optional;

/** The dialects Tablesmith can write. */
public final class Dialects {
    private Dialects() {}

    private static final List<Dialect> ALL = List.of(new PostgresDialect(), new MySqlDialect(), new SqliteDialect());

    public static Optional<Dialect> byId(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(Dialect::id).toList();
    }
}
