package dev.tablesmith.rules.migration;

import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SafeFormRule;

/** Migrations that lock existing tables start with SET lock_timeout; off leaves it out. */
public final class LockTimeoutRule implements SafeFormRule {
    @Override
    public String id() {
        return "lock-timeout";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public Category category() {
        return Category.MIGRATION;
    }

    @Override
    public String summary() {
        return "migrations that lock existing tables start with SET lock_timeout (-Atablesmith.lockTimeout, default 5s)";
    }

    @Override
    public String explanation() {
        return """
                An ALTER TABLE waiting for its lock behind a long transaction makes every later query \
                on the table wait behind it: one migration stalls the application. A migration (and its \
                down file) that locks a table in use starts with SET lock_timeout, so it fails fast and \
                can be retried instead. The value is -Atablesmith.lockTimeout (default 5s). Severity \
                off leaves the statement out.
                Compliant: `SET lock_timeout = '5s';` as the first statement.""";
    }
}
