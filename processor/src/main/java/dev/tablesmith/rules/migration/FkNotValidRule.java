package dev.tablesmith.rules.migration;

import dev.tablesmith.findings.Severity;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.SafeFormRule;

/** Foreign keys and checks on existing tables are added NOT VALID and validated separately; off writes the plain form. */
public final class FkNotValidRule implements SafeFormRule {
    @Override
    public String id() {
        return "fk-not-valid";
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
        return "foreign keys and checks added to existing tables are added NOT VALID, then validated separately";
    }

    @Override
    public String explanation() {
        return """
                Adding a foreign key or check scans the whole table while holding a lock that blocks \
                writes. On an existing table Tablesmith adds it NOT VALID (instant; new rows are \
                checked at once) and runs VALIDATE CONSTRAINT afterwards in its own non-transactional \
                version, where the scan only blocks schema changes. Severity off writes the plain ADD \
                CONSTRAINT.
                Compliant: `ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) \
                REFERENCES users (id) NOT VALID;` then `ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;`""";
    }
}
