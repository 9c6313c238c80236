package org.glamlod.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.glamlod.dumps.Compaction;
import org.glamlod.dumps.Dumps;
import org.glamlod.store.ObjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code glam compact}: give back the space TDB2 keeps after updates. */
@Command(name = "compact", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = {"Give back the disk space the store keeps after updates: TDB2 copies the live data into a new "
                + "generation of the database and deletes the old one, and the text index drops its replaced entries. "
                + "The data, the counts and the text search are the same afterwards.",
                "Many small updates (ingests of a few changed records, sync write-backs) can make the store several "
                        + "times larger than its data; compact after large updates, or regularly. The store must not be "
                        + "in use by another glam process (stop glam serve first)."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Compaction.Result r;
        try (ObjectStore store = options.openLocalStore("compact")) {
            out.printf("Compacting %s ...%n", store.location());
            r = Compaction.compact(store);
        }
        out.printf("  TDB2        %10s -> %10s  (%s)%n", Dumps.humanSize(r.tdbBefore()), Dumps.humanSize(r.tdbAfter()),
                change(r.tdbBefore(), r.tdbAfter()));
        out.printf("  text index  %10s -> %10s  (%s)%n", Dumps.humanSize(r.textBefore()), Dumps.humanSize(r.textAfter()),
                change(r.textBefore(), r.textAfter()));
        out.printf("%,d quads before and after, in %.1f s%n", r.quads(), r.took().toMillis() / 1000.0);
        return 0;
    }

    private static String change(long before, long after) {
        return before == 0 ? "empty" : String.format("%+.0f %%", (after - before) * 100.0 / before);
    }
}
