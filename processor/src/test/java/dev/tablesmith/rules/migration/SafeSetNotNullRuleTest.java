package dev.tablesmith.rules.migration;

import static dev.tablesmith.rules.migration.SafetySources.users;

import dev.tablesmith.testing.SafeFormRuleContract;
import java.util.List;

/** {@link SafeSetNotNullRule}: the contract on a column made NOT NULL. */
class SafeSetNotNullRuleTest extends SafeFormRuleContract {
    @Override
    protected String ruleId() {
        return "safe-set-not-null";
    }

    @Override
    protected List<String> before() {
        return users("    String nickname;\n");
    }

    @Override
    protected List<String> after() {
        return users("    @Column(nullable = false) String nickname;\n");
    }

    @Override
    protected List<String> safeForm() {
        return List.of("CHECK (nickname IS NOT NULL) NOT VALID", "VALIDATE CONSTRAINT");
    }

    @Override
    protected List<String> plainForm() {
        return List.of("ALTER TABLE users ALTER COLUMN nickname SET NOT NULL;");
    }
}
