package dev.tablesmith.test.it;

import dev.tablesmith.test.SchemaCheck;
import dev.tablesmith.testkit.Migrations;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExploreTest {
    @ParameterizedTest
    @EnumSource(Target.class)
    void library(Target target) {
        Target.Database db = target.newDatabase("explore");
        Migrations.migrate(db.dataSource(), target.library());
        System.out.println("==== " + target + "\n" + String.join("\n", SchemaCheck.of(db.dataSource()).migrations(target.library()).differences()));
        if (target == Target.POSTGRESQL) {
            Path shop = Target.EXAMPLES.resolve("shop/src/main/resources/db/migration");
            Target.Database s = target.newDatabase("explore_shop");
            Migrations.migrate(s.dataSource(), shop);
            System.out.println("==== shop\n" + String.join("\n", SchemaCheck.of(s.dataSource()).migrations(shop).differences()));
        }
    }
}
