package dev.tablesmith.rules.migration;

import static dev.tablesmith.rules.migration.SafetySources.users;

import dev.tablesmith.testing.SafeFormRuleContract;
import java.util.List;

/** {@link LockTimeoutRule}: the contract on a column added to an existing table. */
class LockTimeoutRuleTest extends SafeFormRuleContract {
    @Override
    protected String ruleId() {
        return "lock-timeout";
    }

    @Override
    protected List<String> before() {
        return users("");
    }

    @Override
    protected List<String> after() {
        return users("    String phone;\n");
    }

    @Override
    protected List<String> safeForm() {
        return List.of("SET lock_timeout = '5s';");
    }

    @Override
    protected List<String> plainForm() {
        return List.of("ALTER TABLE users ADD COLUMN phone VARCHAR(255);");
    }
}
