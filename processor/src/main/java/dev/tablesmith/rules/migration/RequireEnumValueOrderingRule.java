package dev.tablesmith.rules.migration;

import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.findings.Severity;
import dev.tablesmith.model.ColumnFacts.EnumStorage;
import dev.tablesmith.model.EnumValues;
import dev.tablesmith.model.Ref;
import dev.tablesmith.model.Source;
import dev.tablesmith.rules.Category;
import dev.tablesmith.rules.MigrationContext;
import dev.tablesmith.rules.MigrationRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The constants of a stored enum keep their meaning: an ordinal enum only gains constants at the end,
 * a STRING enum loses none that rows may hold. Judged on the constants the snapshot records; a snapshot
 * written before it recorded them gives nothing to compare and no finding.
 */
public final class RequireEnumValueOrderingRule implements MigrationRule {
    @Override
    public String id() {
        return "require-enum-value-ordering";
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
        return "ordinal enum constants are only appended; a STRING enum's removed constant warns";
    }

    @Override
    public String explanation() {
        return """
                An enum stored by ordinal (@Enumerated(ORDINAL), or no @Enumerated) stores each \
                constant's position: moving or removing a constant makes every stored row mean \
                another constant, and no DDL changes to show it. Add new constants at the end only \
                (better: store the name with @Enumerated(EnumType.STRING)). A STRING enum may be \
                reordered, but rows may still hold a removed constant: the tighter CHECK fails on \
                them and the running release still writes it; migrate those rows first (a warning).
                Compliant: `enum Status { NEW, PAID, SHIPPED, CANCELLED }` where it was `{ NEW, PAID, SHIPPED }`.""";
    }

    @Override
    public void check(MigrationContext context, Consumer<Finding> report) {
        Map<String, String> oldTable = new HashMap<>();
        Map<String, String> oldColumn = new HashMap<>();
        for (Change c : context.changes()) {
            if (c instanceof Change.RenameTable r) {
                oldTable.put(r.to(), r.from());
            } else if (c instanceof Change.RenameColumn r) {
                oldColumn.put(r.table() + "." + r.to(), r.from());
            }
        }
        for (EnumValues now : context.model().enums()) {
            String table = oldTable.getOrDefault(now.table(), now.table());
            String column = oldColumn.getOrDefault(now.table() + "." + now.column(), now.column());
            Optional<EnumValues> recorded = context.old().enumValues(table, column);
            if (recorded.isEmpty() || recorded.get().storage() != now.storage()) {
                continue; // nothing recorded, or a switch of storage, which changes the column type
            }
            List<String> before = recorded.get().constants();
            Source source = context.sources().find(Ref.column(now.table(), now.column()));
            String qualified = now.table() + "." + now.column();
            if (now.storage() == EnumStorage.ORDINAL) {
                for (int i = 0; i < before.size(); i++) {
                    String at = i < now.constants().size() ? now.constants().get(i) : null;
                    if (!before.get(i).equals(at)) {
                        int moved = now.constants().indexOf(before.get(i));
                        report.accept(Finding.of(MigrationSafetyMessages.ORDINAL_ENUM_CHANGED, source.origin(),
                                source.entity(), qualified, String.valueOf(i), before.get(i),
                                at != null ? "now means " + at : "now means no constant",
                                moved < 0 ? before.get(i) + " was removed" : before.get(i) + " moved to " + moved));
                        break;
                    }
                }
            } else {
                List<String> removed = before.stream().filter(c -> !now.constants().contains(c)).toList();
                if (!removed.isEmpty()) {
                    report.accept(Finding.of(MigrationSafetyMessages.STRING_ENUM_CONSTANT_REMOVED, source.origin(),
                            source.entity(), qualified, String.join(", ", removed)));
                }
            }
        }
    }
}
