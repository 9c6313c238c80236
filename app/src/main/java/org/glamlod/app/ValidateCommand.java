package org.glamlod.app;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.glamlod.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The SHACL report over every object in the store; exit 3 when any object is not publishable. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = {"Check every object in the store against the publishing shapes (an identifier, a primary "
                + "title, a classification, dates in order, a rights URI on every image) and report the problems.",
                "Exit code 0 when all objects are publishable, 3 when some are not."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Validation.Summary summary;
        try (Store store = options.openExistingStore()) {
            summary = Validation.run(store, report -> out.println(report.toText()), () -> false);
        }
        out.println(summary);
        return summary.failing() == 0 ? 0 : Glam.EXIT_INVALID;
    }
}
