package dev.tablesmith.processor;

import dev.tablesmith.dialect.Dialect;
import dev.tablesmith.dialect.Dialects;
import dev.tablesmith.migration.Target;
import dev.tablesmith.options.Mode;
import dev.tablesmith.options.Options;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What this compilation does with migrations: none (validate mode, or a test compilation whose
 * entities are fixtures, not the application's schema), or keep one folder per dialect; or it
 * cannot tell where the folder is. One sub-folder per dialect when there are several.
 *
 * @param folders the migration folders, one per dialect in the option's order
 * @param missing the folder was needed but cannot be found
 */
record Targets(List<Dialect> dialects, List<Target> folders, boolean missing) {
    static Targets resolve(Options options, Optional<Path> classOutput) {
        List<Dialect> dialects = options.dialects().stream().map(id -> Dialects.byId(id).orElseThrow()).toList();
        boolean testCompilation = options.migrations() == null
                && classOutput.map(OutputLocations::isTestOutput).orElse(false);
        if (options.mode() == Mode.VALIDATE || testCompilation) {
            return new Targets(dialects, List.of(), false);
        }
        Optional<Path> base = OutputLocations.migrations(options, classOutput);
        if (base.isEmpty()) {
            return new Targets(dialects, List.of(), true);
        }
        boolean several = dialects.size() > 1;
        return new Targets(dialects, dialects.stream().map(d -> {
            Path folder = several ? base.get().resolve(d.id()) : base.get();
            // with several dialects the base folder's place plus the dialect's sub-folder, so two
            // dialects never write the same resource (also when the base is outside src/main/resources)
            String classpath = several ? OutputLocations.classpathFolder(base.get()) + "/" + d.id()
                    : OutputLocations.classpathFolder(folder);
            return new Target(d, folder, classpath);
        }).toList(), false);
    }

    boolean keepsMigrations() {
        return !folders.isEmpty();
    }

    Dialect primary() {
        return dialects.get(0);
    }
}
