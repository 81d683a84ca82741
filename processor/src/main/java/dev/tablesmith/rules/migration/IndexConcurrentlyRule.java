package dev.tablesmith.rules.migration;

import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SafeFormRule;

/** Indexes on existing tables are built CONCURRENTLY, outside a transaction; off writes the plain form. */
public final class IndexConcurrentlyRule implements SafeFormRule {
    @Override
    public String id() {
        return "index-concurrently";
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
        return "indexes on existing tables are created and dropped CONCURRENTLY, in their own non-transactional version";
    }

    @Override
    public String explanation() {
        return """
                A plain CREATE INDEX blocks every write to the table until the index is built. On a \
                table that already exists Tablesmith writes CREATE INDEX CONCURRENTLY (and DROP INDEX \
                CONCURRENTLY) into a version of its own, `V<version>.1__<name>.sql` with a `.sql.conf` \
                saying executeInTransaction=false; a unique constraint becomes CREATE UNIQUE INDEX \
                CONCURRENTLY plus ADD CONSTRAINT ... UNIQUE USING INDEX. Run Flyway with \
                postgresql.transactional.lock=false, or such a version hangs. Severity off writes plain \
                CREATE INDEX in the main version.
                Compliant: `CREATE INDEX CONCURRENTLY idx_users_phone ON users (phone);`""";
    }
}
