package dev.tablesmith.rules.migration;

import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SafeFormRule;

/** A safe SET NOT NULL on existing tables; off writes the plain form. */
public final class SafeSetNotNullRule implements SafeFormRule {
    @Override
    public String id() {
        return "safe-set-not-null";
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
        return "SET NOT NULL on an existing column goes through a validated CHECK, so it does not block writes during a scan";
    }

    @Override
    public String explanation() {
        return """
                SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock. On an existing table \
                Tablesmith adds CHECK (col IS NOT NULL) NOT VALID, validates it (reads and writes go \
                on), then SET NOT NULL uses the check instead of scanning, and the check is dropped; \
                each statement commits on its own in a non-transactional version. Backfill the NULLs \
                first. Severity off writes the plain SET NOT NULL.
                Compliant: `ALTER TABLE users ADD CONSTRAINT users_phone_not_null CHECK (phone IS NOT NULL) NOT VALID;`""";
    }
}
