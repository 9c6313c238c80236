package org.glamlod.sync.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.glamlod.sync.db.JobDatabase;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz scheduler over the job database (JDBC job store, so schedules and runs survive restarts). On PostgreSQL
 * it runs clustered: every node uses the same instance name and its own instance id, each fire time runs on exactly
 * one node, no job runs twice at once anywhere, and a dead node's recoverable runs are re-run by another node.
 * <p>
 * Life cycle: {@link #open}, {@link #configure} with the configured jobs (any time, again on reload), {@link #start}
 * with the application's actions, {@link #close}.
 */
public final class JobScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);
    /** Quartz group of our jobs and their cron triggers. */
    static final String GROUP = "glam";
    private static final AtomicInteger PROVIDERS = new AtomicInteger();

    /**
     * How this node's scheduler runs.
     *
     * @param instanceName     the same on every node sharing the database
     * @param instanceId       unique per node; {@code AUTO} derives one from the host name and start time
     * @param threads          jobs this node runs at once (different jobs; one job never runs twice at once)
     * @param checkinInterval  how often a clustered node reports alive; a node silent for this plus 7.5 s is
     *                         considered dead and its recoverable runs are re-run elsewhere
     * @param misfireThreshold how late a fire may be before its job's {@link Misfire} policy decides
     */
    public record Options(String instanceName, String instanceId, int threads, Duration checkinInterval,
                          Duration misfireThreshold) {
        public Options {
            Objects.requireNonNull(instanceName, "instanceName");
            Objects.requireNonNull(instanceId, "instanceId");
            if (threads < 1) {
                throw new IllegalArgumentException("scheduler threads must be at least 1, not " + threads);
            }
            Objects.requireNonNull(checkinInterval, "checkinInterval");
            Objects.requireNonNull(misfireThreshold, "misfireThreshold");
        }

        /** Instance name {@code glam}, id AUTO, 3 threads, check-in every 15 s, misfires after 60 s. */
        public static Options defaults() {
            return new Options("glam", "AUTO", 3, Duration.ofSeconds(15), Duration.ofMinutes(1));
        }

        public Options withInstanceId(String id) {
            return new Options(instanceName, id, threads, checkinInterval, misfireThreshold);
        }
    }

    private final JobDatabase db;
    private final Scheduler quartz;
    private final JobRuns runs;

    private JobScheduler(JobDatabase db, Scheduler quartz) {
        this.db = db;
        this.quartz = quartz;
        this.runs = new JobRuns(db);
    }

    /** Creates this node's scheduler, in standby: nothing runs before {@link #start}. */
    public static JobScheduler open(JobDatabase db, Options options) {
        // Quartz keeps one scheduler per instance name per JVM and would hand back the running one.
        if (SchedulerRepository.getInstance().lookup(options.instanceName()) != null) {
            throw new IllegalStateException("a scheduler named '" + options.instanceName() + "' already runs in this JVM");
        }
        String dataSource = "glam-jobs-" + PROVIDERS.incrementAndGet();
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, new SharedPoolConnectionProvider(db.dataSource()));
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", options.instanceName());
        p.setProperty("org.quartz.scheduler.instanceId", options.instanceId());
        // close() waits for running jobs and tells them to stop early (JobContext.interrupted()).
        p.setProperty("org.quartz.scheduler.interruptJobsOnShutdownWithWait", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(options.threads()));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "glam-job");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", db.dialect().quartzDelegate());
        p.setProperty("org.quartz.jobStore.dataSource", dataSource);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(db.dialect().shared()));
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(options.checkinInterval().toMillis()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(options.misfireThreshold().toMillis()));
        try {
            Scheduler quartz = new StdSchedulerFactory(p).getScheduler();
            LOG.info("scheduler {} node {} on {} ({})", options.instanceName(), quartz.getSchedulerInstanceId(),
                    db.displayUrl(), db.dialect().shared() ? "clustered" : "single node");
            return new JobScheduler(db, quartz);
        } catch (SchedulerException e) {
            throw new IllegalStateException("scheduler cannot start on " + db.displayUrl() + ": " + e.getMessage(), e);
        }
    }

    /** This node's instance id. */
    public String nodeId() {
        try {
            return quartz.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes the stored schedule match {@code specs}: new jobs are added, jobs with a changed cron, zone or misfire
     * policy are rescheduled, unchanged jobs are left alone (their next fire time stands), jobs no longer listed are
     * removed. Nodes configuring at once take turns, so the last one sees the others' work.
     */
    public void configure(List<JobSpec> specs) {
        Set<String> names = new HashSet<>();
        for (JobSpec spec : specs) {
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException("job '" + spec.name() + "' is configured twice");
            }
        }
        db.exclusively("glam-scheduler-configure", c -> {
            try {
                for (JobSpec spec : specs) {
                    schedule(spec);
                }
                for (JobKey key : quartz.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                    if (!names.contains(key.getName())) {
                        quartz.deleteJob(key);
                        LOG.info("job {} removed from the schedule", key.getName());
                    }
                }
            } catch (SchedulerException e) {
                throw new IllegalStateException("scheduler: " + e.getMessage(), e);
            }
            return null;
        });
    }

    private void schedule(JobSpec spec) throws SchedulerException {
        JobKey jobKey = new JobKey(spec.name(), GROUP);
        Trigger existing = quartz.getTrigger(new TriggerKey(spec.name(), GROUP));
        if (existing instanceof CronTrigger cron && sameSchedule(cron, spec) && quartz.checkExists(jobKey)) {
            return;
        }
        JobDetail job = JobBuilder.newJob(ActionJob.class)
                .withIdentity(jobKey)
                .storeDurably()
                .requestRecovery()   // a run cut short by a dead node is re-run by another node
                .build();
        CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(spec.cron()).inTimeZone(TimeZone.getTimeZone(spec.zone()));
        schedule = switch (spec.misfire()) {
            case FIRE_ONCE_NOW -> schedule.withMisfireHandlingInstructionFireAndProceed();
            case SKIP_TO_NEXT -> schedule.withMisfireHandlingInstructionDoNothing();
        };
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(spec.name(), GROUP).forJob(jobKey).withSchedule(schedule).build();
        quartz.scheduleJob(job, Set.of(trigger), true);
        LOG.info("job {} {}: '{}' ({}, misfire {}), next at {}", spec.name(), existing == null ? "scheduled" : "rescheduled",
                spec.cron(), spec.zone(), spec.misfire(), quartz.getTrigger(trigger.getKey()).getNextFireTime().toInstant());
    }

    private static boolean sameSchedule(CronTrigger trigger, JobSpec spec) {
        return trigger.getCronExpression().equals(spec.cron())
                && trigger.getTimeZone().getID().equals(TimeZone.getTimeZone(spec.zone()).getID())
                && misfire(trigger) == spec.misfire();
    }

    private static Misfire misfire(CronTrigger trigger) {
        return trigger.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING ? Misfire.SKIP_TO_NEXT : Misfire.FIRE_ONCE_NOW;
    }

    /**
     * Starts running jobs. {@code actions} maps each configured job's name to what it does; a configured job without
     * an action is refused here rather than failing at its first fire time.
     */
    public void start(Map<String, JobAction> actions) {
        Map<String, JobAction> registry = Map.copyOf(actions);
        try {
            Set<String> missing = new TreeSet<>();
            for (JobKey key : quartz.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                if (!registry.containsKey(key.getName())) {
                    missing.add(key.getName());
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("no action for the scheduled job(s) " + missing);
            }
            String node = nodeId();
            quartz.setJobFactory((bundle, scheduler) -> new ActionJob(registry, runs, node));
            quartz.start();
            LOG.info("scheduler started on node {} with {} job(s)", node, registry.size());
        } catch (SchedulerException e) {
            throw new IllegalStateException("scheduler: " + e.getMessage(), e);
        }
    }

    /** The scheduled jobs, by name, with their fire times, state and last run. */
    public List<JobInfo> jobs() {
        try {
            List<JobInfo> jobs = new ArrayList<>();
            for (JobKey key : new TreeSet<>(quartz.getJobKeys(GroupMatcher.jobGroupEquals(GROUP)))) {
                Trigger t = quartz.getTrigger(new TriggerKey(key.getName(), GROUP));
                if (!(t instanceof CronTrigger cron)) {
                    continue;
                }
                JobRun last = runs.last(key.getName()).orElse(null);
                JobInfo.State state = last != null && last.outcome() == JobRun.Outcome.RUNNING
                        ? JobInfo.State.RUNNING
                        : switch (quartz.getTriggerState(cron.getKey())) {
                            case PAUSED -> JobInfo.State.PAUSED;
                            case BLOCKED -> JobInfo.State.BLOCKED;
                            case ERROR -> JobInfo.State.ERROR;
                            default -> JobInfo.State.NORMAL;
                        };
                jobs.add(new JobInfo(key.getName(), cron.getCronExpression(), ZoneId.of(cron.getTimeZone().getID()),
                        misfire(cron), instant(cron.getPreviousFireTime()), instant(cron.getNextFireTime()), state, last));
            }
            return jobs;
        } catch (SchedulerException e) {
            throw new IllegalStateException("scheduler: " + e.getMessage(), e);
        }
    }

    /** The job's recent runs on any node, newest first. */
    public List<JobRun> runs(String name, int limit) {
        return runs.recent(name, limit);
    }

    /** Runs the job now (on whichever node is free), besides its schedule; waits its turn if it is running. */
    public void triggerNow(String name) {
        JobKey key = new JobKey(name, GROUP);
        try {
            if (!quartz.checkExists(key)) {
                throw new IllegalArgumentException("no scheduled job '" + name + "'; scheduled: "
                        + jobs().stream().map(JobInfo::name).toList());
            }
            quartz.triggerJob(key);
            LOG.info("job {} triggered by hand", name);
        } catch (SchedulerException e) {
            throw new IllegalStateException("scheduler: " + e.getMessage(), e);
        }
    }

    /** Stops taking new runs, tells running jobs to stop early and waits for them to return. */
    @Override
    public void close() {
        try {
            String node = nodeId();
            quartz.shutdown(true);
            LOG.info("scheduler stopped on node {}", node);
        } catch (SchedulerException e) {
            throw new IllegalStateException("scheduler: " + e.getMessage(), e);
        }
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
