package dev.tablesmith.migration;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.diff.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * Ordered changes to migration files. Consecutive changes that may run in a transaction share one
 * version; a change that may not ({@code CREATE INDEX CONCURRENTLY}) goes into the next
 * version ({@code <version>.1}, {@code .2}, ...), which Flyway runs outside a transaction. Each
 * down file holds the reversed changes of its up file, last first.
 */
public final class ScriptWriter {
    private ScriptWriter() {}

    public static List<Script> write(List<Change> ordered, Dialect dialect, String version, String name) {
        List<List<Change>> groups = new ArrayList<>();
        List<Boolean> transactional = new ArrayList<>();
        for (Change c : ordered) {
            boolean tx = dialect.isTransactional(c);
            if (groups.isEmpty() || transactional.get(transactional.size() - 1) != tx) {
                groups.add(new ArrayList<>());
                transactional.add(tx);
            }
            groups.get(groups.size() - 1).add(c);
        }
        List<Script> scripts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String v = i == 0 ? version : version + "." + i;
            scripts.add(script(groups.get(i), dialect, v, name, transactional.get(i)));
        }
        return scripts;
    }

    private static Script script(List<Change> changes, Dialect dialect, String version, String name, boolean tx) {
        String stem = version + "__" + name;
        StringBuilder up = new StringBuilder();
        up.append("-- Tablesmith migration V").append(stem).append(" (up, ").append(dialect.id()).append(")\n");
        up.append(tx ? "-- Flyway runs this file in one transaction.\n"
                : "-- Runs outside a transaction (executeInTransaction=false in its .conf file):\n"
                        + "-- CONCURRENTLY builds indexes without blocking writes.\n");
        up.append("-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).\n");
        appendAll(up, changes, dialect);

        StringBuilder down = new StringBuilder();
        down.append("-- Tablesmith migration U").append(stem).append(" (down, ").append(dialect.id()).append(")\n");
        down.append("-- Undoes V").append(stem).append(", last change first.\n");
        List<Change> reversed = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            reversed.add(changes.get(i).reverse());
        }
        appendAll(down, reversed, dialect);
        return new Script(version, name, up.toString(), down.toString(), tx);
    }

    private static void appendAll(StringBuilder out, List<Change> changes, Dialect dialect) {
        for (Change c : changes) {
            String sql = dialect.render(c);
            if (!sql.isBlank()) {
                out.append('\n').append(sql.strip()).append('\n');
            }
        }
    }
}
