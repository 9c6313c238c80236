package org.glamlod.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.store.Store;
import org.glamlod.sync.core.RunOptions;
import org.glamlod.sync.core.RunSummary;
import org.glamlod.sync.core.SyncListener;
import org.glamlod.sync.db.JobDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = {"Runs one sync pass to a target now: every object whose graph changed since its last push (or whose "
                + "retry is due) is projected, checked and sent, one at a time; the outcome of each is in the job database "
                + "(glam status, the dashboard).",
                "With --dry-run nothing is written at the target and nothing recorded: each due item's record is read "
                        + "and a report shows what would change in it, with the same changes as a batch for the target's "
                        + "own tools (QuickStatements for Wikidata). --offline makes no request at all."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the pass ran and every item it looked at is fine", "1:failure (configuration, store, login)",
                "2:usage", "3:some items failed or wait for review (glam status lists them)"})
final class SyncCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Parameters(index = "0", paramLabel = "TARGET", description = "The target: wikidata.")
    String target;

    @Option(names = "--dry-run", description = "Write nothing at the target, record nothing; report what would change.")
    boolean dryRun;

    @Option(names = "--offline", description = "With --dry-run: no request at all, not even reads; the report shows each "
            + "item as projected rather than as a change.")
    boolean offline;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where the dry run's report goes (default: DATA/reports/sync-TARGET-dry-run-TIME.md).")
    Path report;

    @Option(names = "--limit", paramLabel = "N", description = "Send at most N items this pass (default: all that are due).")
    Integer limit;

    @Option(names = "--base-uri", paramLabel = "URI", description = "The collection's URI space (default: the configuration's).")
    String baseUri;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit != null && limit < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        if ((report != null || offline) && !dryRun)
            throw new CommandLine.ParameterException(spec.commandLine(), (offline ? "--offline" : "--report") + " goes with --dry-run");
        Config config = options.config();
        Path data = options.data();
        RunOptions run = RunOptions.defaults();
        if (limit != null) run = run.withLimit(limit);
        if (dryRun) {
            Path file = report != null ? report : Syncs.reportFile(data.resolve("reports"), target);
            run = offline ? run.withOfflineDryRun(file) : run.withDryRun(file);
        }
        PrintStream out = System.out;
        RunSummary summary;
        try (Store store = options.openExistingStore(); JobDatabase db = JobDatabase.open(config.jobs().settings(data))) {
            summary = new Syncs(config.targets(), data.resolve("reports"), store, db, new UriScheme(options.baseUri(baseUri)),
                    SyncListener.NONE).run(target, run);
        }
        out.println(summary.line());
        if (summary.dryRun() && !dryRun) out.println("targets." + target + ".dry-run is set: this pass was a dry run, nothing was sent.");
        if (summary.dryRun()) {
            out.println("What would change: " + summary.written().get(0));
            if (summary.written().size() > 1) out.println("The same as a batch: " + summary.written().get(1));
        }
        return summary.failed() + summary.needsReview() > 0 ? 3 : 0;
    }
}
