package dev.tablesmith.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tablesmith.testing.MigrationRuleContract;
import dev.tablesmith.testing.QueryRuleContract;
import dev.tablesmith.testing.SafeFormRuleContract;
import dev.tablesmith.testing.SchemaRuleContract;
import org.junit.jupiter.api.Test;

/**
 * Tests one hop from what they test: every rule in {@link RuleCatalog} has a test class named after
 * it in its package, which runs the contract of its kind (violation with text, file and line; a
 * compliant case; {@code @Allow}; severity options) for that rule.
 */
class RuleTestsTest {
    @Test
    void everyRuleHasItsTestClassBesideItRunningTheContractOfItsKind() throws Exception {
        for (Rule rule : RuleCatalog.all()) {
            String name = rule.getClass().getName() + "Test";
            Class<?> test;
            try {
                test = Class.forName(name);
            } catch (ClassNotFoundException e) {
                fail(rule.id() + " has no test class " + name);
                return;
            }
            Class<?> contract = rule instanceof SafeFormRule ? SafeFormRuleContract.class
                    : rule instanceof MigrationRule ? MigrationRuleContract.class
                    : rule instanceof QueryRule ? QueryRuleContract.class : SchemaRuleContract.class;
            assertTrue(contract.isAssignableFrom(test), name + " extends " + contract.getSimpleName());
            var constructor = test.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            var ruleId = contract.getDeclaredMethod("ruleId");
            ruleId.setAccessible(true);
            assertTrue(rule.id().equals(ruleId.invoke(instance)), name + " tests " + rule.id());
        }
    }
}
