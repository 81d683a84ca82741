package dev.tablesmith.processor;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.diff.Change;
import dev.tablesmith.findings.Finding;
import dev.tablesmith.migration.FolderPlan;
import dev.tablesmith.model.Schema;
import dev.tablesmith.model.SourceMap;
import dev.tablesmith.options.Options;
import dev.tablesmith.rules.MigrationContext;
import dev.tablesmith.rules.Review;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migration-safety rules, once per distinct diff over all folders: folders that start from the
 * same snapshot schema and plan the same changes (the usual case with several dialects) are judged
 * together, with all their dialects as targets, so one dropped column is one finding, not one per
 * dialect. Pure.
 */
final class MigrationReview {
    private MigrationReview() {}

    static List<Finding> findings(List<FolderPlan> plans, SourceMap sources, Options options) {
        Map<List<Object>, List<FolderPlan>> groups = new LinkedHashMap<>();
        for (FolderPlan plan : plans) {
            // also in check mode, where pending changes are the problem; and when only enum constants moved,
            // which changes no DDL (an ordinal enum reordered) but what stored rows mean
            if (!plan.changes().isEmpty() || !plan.state().snapshot().schema().enums().equals(plan.model().enums())) {
                groups.computeIfAbsent(List.of(plan.state().snapshot().schema(), plan.changes()),
                        k -> new ArrayList<>()).add(plan);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<FolderPlan> group : groups.values()) {
            FolderPlan first = group.get(0);
            Schema old = first.state().snapshot().schema();
            List<Change> changes = first.changes();
            List<Dialect> targets = group.stream().map(p -> p.target().dialect()).toList();
            findings.addAll(Review.migration(new MigrationContext(old, first.model(), changes, sources,
                    options.allowDrop(), targets), options.rules()));
        }
        return findings;
    }
}
