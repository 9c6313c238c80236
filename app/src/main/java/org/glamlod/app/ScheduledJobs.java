package org.glamlod.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.glamlod.dumps.Compaction;
import org.glamlod.dumps.Dumps;
import org.glamlod.mappings.engine.Mapping;
import org.glamlod.mappings.source.HttpOptions;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.store.ObjectStore;
import org.glamlod.store.Store;
import org.glamlod.sync.core.RunOptions;
import org.glamlod.sync.schedule.JobAction;
import org.glamlod.sync.schedule.JobContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each schedulable job does, over the served store: {@code dumps}, {@code validate}, {@code compact} and
 * {@code ingest-NAME} for each configured source, {@code sync-TARGET} for each configured target. Each run logs one
 * line with its result; the scheduler logs the start,
 * the end and the outcome. Long runs stop between units of work once the scheduler shuts down.
 */
final class ScheduledJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);
    private static final int INGEST_BATCH = 1000;

    private final Store store;
    private final Path dataDir;
    private final UriScheme uris;
    private final Map<String, Config.Source> sources;
    private final Syncs syncs;

    ScheduledJobs(Store store, Path dataDir, UriScheme uris, Map<String, Config.Source> sources, Syncs syncs) {
        this.store = store;
        this.dataDir = dataDir;
        this.uris = uris;
        this.sources = sources;
        this.syncs = syncs;
    }

    /** The action for each of {@code names}; a job the store cannot do (dumps of a remote store) is refused here. */
    Map<String, JobAction> actions(Iterable<String> names) {
        Map<String, JobAction> actions = new HashMap<>();
        for (String name : names) actions.put(name, action(name));
        return actions;
    }

    private JobAction action(String name) {
        switch (name) {
            case "dumps" -> {
                Dumps dumps = new Dumps(embedded(name), dataDir);
                return ctx -> dumps.publishIfChanged(new Dumps.Listener() {
                    @Override
                    public void progress(long done) {
                        // not by interrupting the thread: that would close the FileChannel TDB2 reads through
                        if (ctx.interrupted()) throw new CancellationException("stopped: the scheduler is shutting down");
                    }
                }).ifPresentOrElse(m -> LOG.info("dumps made from {} objects, {} quads in {}", m.store().objects(),
                        m.store().quads(), dumps.directory()), () -> LOG.info("dumps are up to date: the store did not change"));
            }
            case "validate" -> {
                return ctx -> LOG.info("validate: {}", Validation.run(store, report -> {}, ctx::interrupted));
            }
            case "compact" -> {
                ObjectStore local = embedded(name);
                return ctx -> {
                    Compaction.Result r = Compaction.compact(local);
                    LOG.info("compact: TDB2 {} -> {}, text index {} -> {}, {} quads, {} s", Dumps.humanSize(r.tdbBefore()),
                            Dumps.humanSize(r.tdbAfter()), Dumps.humanSize(r.textBefore()), Dumps.humanSize(r.textAfter()),
                            r.quads(), r.took().toSeconds());
                };
            }
            default -> {
                if (name.startsWith("sync-")) {
                    String target = name.substring("sync-".length());
                    return ctx -> LOG.info("{}", syncs.run(target, RunOptions.defaults().withStop(ctx::interrupted)).line());
                }
                Config.Source source = name.startsWith("ingest-") ? sources.get(name.substring("ingest-".length())) : null;
                if (source == null) throw new IllegalArgumentException("no job '" + name + "'");
                Mapping mapping = Mapping.resolve(source.mapping());
                return ctx -> ingest(ctx, name, mapping, source);
            }
        }
    }

    private void ingest(JobContext ctx, String name, Mapping mapping, Config.Source source) throws IOException {
        Path report = dataDir.resolve("reports").resolve(name + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".jsonl");
        Ingest.Summary s;
        try (Ingest ingest = new Ingest(mapping, uris, store, report)) {
            s = ingest.run(Ingest.Reading.of(mapping, source.input(), HttpOptions.DEFAULT), source.full(), INGEST_BATCH, () -> {
                if (ctx.interrupted()) throw new CancellationException("stopped: the scheduler is shutting down");
            });
        }
        LOG.info("{}: {} records read: {} created, {} updated, {} unchanged, {} deleted, {} rejected{} (report {})", name,
                s.read(), s.created(), s.updated(), s.unchanged(), s.deleted(), s.rejected(),
                s.deletionsSkipped() ? "; deletions skipped, some input could not be read to its end" : "", report);
    }

    private ObjectStore embedded(String job) {
        if (store instanceof ObjectStore local) return local;
        throw new IllegalArgumentException("schedule: '" + job + "' works on the embedded store, and the configuration names a "
                + "remote one (store.endpoint): leave " + job + " out of the schedule and use the store's own tools");
    }
}
