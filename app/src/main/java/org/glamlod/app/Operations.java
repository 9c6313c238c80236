package org.glamlod.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glamlod.server.ServerContext;
import org.glamlod.sync.dashboard.DashboardPart;
import org.glamlod.sync.dashboard.StatusCollector;
import org.glamlod.sync.dashboard.SyncMetrics;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.schedule.JobAction;
import org.glamlod.sync.schedule.JobScheduler;
import org.glamlod.sync.schedule.JobSpec;
import org.glamlod.sync.state.SyncStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operational side of a serving glam: the job database, this node's scheduler with the configured jobs, the
 * metrics, and the dashboard that shows them. {@link #open} before the server is built (the dashboard is one of its
 * parts), {@link #start} once it listens, {@link #close} after it stopped and before the store closes: closing waits
 * for running jobs, which use the store.
 */
final class Operations implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Operations.class);

    private final JobDatabase db;
    private final JobScheduler scheduler;
    private final SyncMetrics metrics;
    private final DashboardPart dashboard;
    private final Set<String> scheduled;
    private final Map<String, Config.Source> sources;
    private final Config.Targets targets;
    private final Path dataDir;
    private final String statusToken = StatusFile.newToken();
    private boolean announced;

    private Operations(JobDatabase db, JobScheduler scheduler, Set<String> scheduled, Map<String, Config.Source> sources,
                       Config.Targets targets, Path dataDir) {
        this.db = db;
        this.scheduler = scheduler;
        this.scheduled = scheduled;
        this.sources = sources;
        this.targets = targets;
        this.dataDir = dataDir;
        SyncStates states = new SyncStates(db);
        this.metrics = new SyncMetrics(states);
        this.dashboard = new DashboardPart(new StatusCollector(states, scheduler), metrics, statusToken, ZoneId.systemDefault());
    }

    /** Opens the job database (migrating it) and the scheduler in standby, with {@code jobs} as the schedule. */
    static Operations open(JobDatabase.Settings settings, JobScheduler.Options options, List<JobSpec> jobs,
                           Map<String, Config.Source> sources, Config.Targets targets, Path dataDir) {
        JobDatabase db = JobDatabase.open(settings);
        try {
            JobScheduler scheduler = JobScheduler.open(db, options);
            try {
                scheduler.configure(jobs);
            } catch (RuntimeException e) {
                scheduler.close();
                throw e;
            }
            Set<String> names = new TreeSet<>();
            jobs.forEach(j -> names.add(j.name()));
            return new Operations(db, scheduler, names, sources, targets, dataDir);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    DashboardPart dashboard() {
        return dashboard;
    }

    boolean schedules(String job) {
        return scheduled.contains(job);
    }

    /**
     * Starts the jobs over the served store, tells {@code glam status} where the server is, and makes the dumps at
     * once when they are scheduled (as the server did before there was a scheduler: they are current from the start).
     */
    void start(ServerContext context, String serverUrl) {
        Map<String, JobAction> actions = new HashMap<>();
        new ScheduledJobs(context.store(), context.dataDir(), context.uris(), sources,
                new Syncs(targets, dataDir.resolve("reports"), context.store(), db, context.uris(), Syncs.metrics(metrics)))
                .actions(scheduled)
                .forEach((name, action) -> actions.put(name, metrics.timed(name, action)));
        scheduler.start(actions);
        new StatusFile(serverUrl, statusToken).write(dataDir);
        announced = true;
        if (schedules("dumps")) scheduler.triggerNow("dumps");
        LOG.info("{} scheduled job(s): {}", scheduled.size(), scheduled.isEmpty() ? "none" : String.join(", ", scheduled));
    }

    /** Runs a scheduled job now, besides its schedule. */
    void runNow(String job) {
        scheduler.triggerNow(job);
    }

    /** Waits for running jobs (asked to stop early) and closes the job database. */
    @Override
    public void close() {
        try {
            if (announced) StatusFile.delete(dataDir);
        } finally {
            try {
                scheduler.close();
            } finally {
                db.close();
            }
        }
    }
}
