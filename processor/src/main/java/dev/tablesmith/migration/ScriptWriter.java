package dev.tablesmith.migration;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.diff.Change;
import dev.tablesmith.diff.SchemaChanges;
import dev.tablesmith.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ordered changes to migration files. Consecutive changes that may run in a transaction share one
 * version; a change that may not ({@code CREATE INDEX CONCURRENTLY}) goes into the next
 * version ({@code <version>.1}, {@code .2}, ...), which Flyway runs outside a transaction. Each
 * down file holds the reversed changes of its up file, last first.
 */
public final class ScriptWriter {
    private ScriptWriter() {}

    /**
     * @param lockTimeout when not null, an up file that locks one of {@code existingTables} starts
     *     with the dialect's lock timeout, and so does its down file when it locks a table
     * @param before the schema the changes start from, so the dialect sees the whole schema at every
     *     change ({@link Dialect#render(Change, Schema)})
     */
    public static List<Script> write(List<Change> ordered, Dialect dialect, String version, String name,
            String lockTimeout, Set<String> existingTables, Schema before) {
        return write(ordered, dialect, version, name, new Safety.Settings(false, false, false, lockTimeout, null),
                existingTables, before);
    }

    /**
     * @param settings the timeouts to set ({@link Dialect#sessionSettings}); the safe forms are
     *     already in {@code ordered}
     */
    public static List<Script> write(List<Change> ordered, Dialect dialect, String version, String name,
            Safety.Settings settings, Set<String> existingTables, Schema before) {
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
        Schema state = before;
        for (int i = 0; i < groups.size(); i++) {
            String v = i == 0 ? version : version + "." + i;
            scripts.add(script(groups.get(i), dialect, v, name, transactional.get(i), settings, existingTables,
                    state));
            state = SchemaChanges.apply(state, groups.get(i));
        }
        return scripts;
    }

    private static Script script(List<Change> changes, Dialect dialect, String version, String name, boolean tx,
            Safety.Settings settings, Set<String> existingTables, Schema before) {
        boolean upLocks = changes.stream().anyMatch(c -> Safety.locksExistingTable(c, existingTables));
        boolean downLocks = upLocks && changes.stream().anyMatch(Safety::locksAnyTable);
        String stem = version + "__" + name;
        StringBuilder up = new StringBuilder();
        up.append("-- Tablesmith migration V").append(stem).append(" (up, ").append(dialect.id()).append(")\n");
        up.append(dialect.transactionNote(tx));
        up.append("-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).\n");
        boolean timeouts = settings.lockTimeout() != null;
        up.append(dialect.lintDirectives(changes, tx, null, timeouts));
        appendSettings(up, dialect.sessionSettings(tx, upLocks, statements(changes), settings.lockTimeout(),
                settings.statementTimeout()));
        appendAll(up, changes, dialect, before);

        StringBuilder down = new StringBuilder();
        down.append("-- Tablesmith migration U").append(stem).append(" (down, ").append(dialect.id()).append(")\n");
        down.append("-- Undoes V").append(stem).append(", last change first.\n");
        if (!tx) {
            down.append("-- Run it outside a transaction (autocommit), like its up file.\n");
        }
        List<Change> reversed = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            reversed.add(changes.get(i).reverse());
        }
        down.append(dialect.lintDirectives(reversed, tx, "V" + stem, timeouts));
        appendSettings(down, dialect.sessionSettings(tx, downLocks, statements(reversed), settings.lockTimeout(),
                settings.statementTimeout()));
        appendAll(down, reversed, dialect, SchemaChanges.apply(before, changes));
        return new Script(version, name, up.toString(), down.toString(), tx);
    }

    /** First statements of a file: timeouts, so it fails fast rather than queue every query behind it. */
    private static void appendSettings(StringBuilder out, String sql) {
        if (!sql.isBlank()) {
            out.append('\n').append(sql.strip()).append('\n');
        }
    }

    /** Whether any change has SQL of its own (a deprecation mark and a validation's reverse have none). */
    private static boolean statements(List<Change> changes) {
        return changes.stream().anyMatch(c -> !(c instanceof Change.SetDeprecated || c instanceof Change.NoOp));
    }

    /**
     * Renders each change with the schema just before it. What the dialect needs beside the tables
     * (PostgreSQL's trigger function) is created before the first table change and dropped after
     * the last one, so sequences (no table of their own) keep their places around them.
     */
    private static void appendAll(StringBuilder out, List<Change> changes, Dialect dialect, Schema before) {
        Schema after = SchemaChanges.apply(before, changes);
        int first = 0;
        while (first < changes.size() && changes.get(first).table() == null) {
            first++;
        }
        int last = changes.size() - 1;
        while (last >= 0 && changes.get(last).table() == null) {
            last--;
        }
        Schema state = before;
        for (int i = 0; i <= changes.size(); i++) {
            if (i == first) {
                append(out, dialect.createSupport(before, after));
            }
            if (i == changes.size()) {
                break;
            }
            append(out, dialect.render(changes.get(i), state));
            state = SchemaChanges.apply(state, changes.get(i));
            if (i == last) {
                append(out, dialect.dropSupport(before, after));
            }
        }
        if (last < 0) {
            append(out, dialect.dropSupport(before, after));
        }
    }

    private static void append(StringBuilder out, String sql) {
        if (!sql.isBlank()) {
            out.append('\n').append(sql.strip()).append('\n');
        }
    }
}
