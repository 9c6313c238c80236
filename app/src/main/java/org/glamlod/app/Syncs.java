package org.glamlod.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.store.Store;
import org.glamlod.sync.core.Backoff;
import org.glamlod.sync.core.ItemOutcome;
import org.glamlod.sync.core.RateLimiter;
import org.glamlod.sync.core.RunOptions;
import org.glamlod.sync.core.RunSummary;
import org.glamlod.sync.core.SyncListener;
import org.glamlod.sync.core.SyncRun;
import org.glamlod.sync.dashboard.SyncMetrics;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.state.ItemState;
import org.glamlod.sync.wikidata.WikibaseClient;
import org.glamlod.sync.wikidata.WikibaseException;
import org.glamlod.sync.wikidata.WikidataSettings;
import org.glamlod.sync.wikidata.WikidataTarget;

/**
 * One sync pass to a configured target, as {@code glam sync TARGET} and the scheduled {@code sync-TARGET} jobs run it.
 * A target's rate limiter lives as long as this, so a server's passes share one pace (and one Retry-After pause).
 */
final class Syncs {
    private static final DateTimeFormatter REPORT_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Config.Targets targets;
    private final Path reports;
    private final Store store;
    private final JobDatabase db;
    private final UriScheme uris;
    private final SyncListener listener;
    private final Map<String, RateLimiter> limiters = new HashMap<>();

    /** @param reports where dry runs write their reports unless told otherwise */
    Syncs(Config.Targets targets, Path reports, Store store, JobDatabase db, UriScheme uris, SyncListener listener) {
        this.targets = targets;
        this.reports = reports;
        this.store = store;
        this.db = db;
        this.uris = uris;
        this.listener = listener;
    }

    /** Feeds a pass's item outcomes to the server's metrics. */
    static SyncListener metrics(SyncMetrics metrics) {
        return (target, object, outcome, took, code) -> metrics.itemFinished(target, state(outcome), took, code);
    }

    private static ItemState state(ItemOutcome outcome) {
        return switch (outcome) {
            case PUSHED, UNCHANGED -> ItemState.SYNCED;
            case SKIPPED -> ItemState.SKIPPED;
            case FAILED -> ItemState.FAILED;
            case NEEDS_REVIEW -> ItemState.NEEDS_REVIEW;
            case DELETED -> ItemState.DELETED;
            case WOULD_PUSH -> ItemState.PENDING;
        };
    }

    /** A dry run's report file in {@code reports}, named for the target and the time. */
    static Path reportFile(Path reports, String target) {
        return reports.resolve("sync-" + target + "-dry-run-" + LocalDateTime.now().format(REPORT_TIME) + ".md");
    }

    /**
     * One pass of {@code target}; a target whose configuration says {@code dry-run} only ever makes dry runs, with
     * their reports in the reports directory.
     */
    RunSummary run(String target, RunOptions options) {
        if (!target.equals(WikidataTarget.NAME))
            throw new IllegalArgumentException("no sync target '" + target + "' (targets: " + WikidataTarget.NAME + ")");
        Config.Wikidata configured = targets.wikidata();
        if (configured == null)
            throw new IllegalArgumentException("targets.wikidata is not in the configuration: add the museum's items and a "
                    + "contact (docs/configuration.md)");
        WikidataSettings settings = configured.settings();
        if (!options.isDryRun() && configured.mode() == Config.Wikidata.Mode.DRY_RUN)
            options = options.withDryRun(reportFile(reports, target));
        else if (configured.mode() == Config.Wikidata.Mode.OFFLINE_DRY_RUN && !options.offline())
            options = options.withOfflineDryRun(options.isDryRun() ? options.dryRun() : reportFile(reports, target));
        WikibaseClient client = new WikibaseClient(settings, WikibaseClient.Options.defaults());
        if (!options.isDryRun()) {
            try {
                client.login(configured.user(), configured.password());
            } catch (WikibaseException e) {
                throw new IllegalStateException("cannot log in to " + settings.apiUrl() + " as " + configured.user() + ": "
                        + e.getMessage() + " (check targets.wikidata.user and password-file)", e);
            }
        }
        WikidataTarget wikidata = new WikidataTarget(settings, uris, client, Clock.systemUTC());
        RateLimiter limiter = limiters.computeIfAbsent(target, t -> new RateLimiter(configured.rate()));
        return new SyncRun(store, db, Clock.systemUTC(), Backoff.standard(), listener).run(wikidata, limiter, options);
    }
}
