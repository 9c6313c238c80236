package org.glamlod.sync.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Quartz job class: runs the application's action for the job's name and records the run. Quartz makes a
 * new instance per run through {@link JobScheduler}'s job factory, which hands it the actions.
 * {@code @DisallowConcurrentExecution} holds cluster-wide with the clustered JDBC store: a job never runs twice at once.
 */
@DisallowConcurrentExecution
final class ActionJob implements InterruptableJob {
    private static final Logger LOG = LoggerFactory.getLogger(ActionJob.class);

    private final Map<String, JobAction> actions;
    private final JobRuns runs;
    private final String node;
    private volatile boolean interrupted;

    ActionJob(Map<String, JobAction> actions, JobRuns runs, String node) {
        this.actions = actions;
        this.runs = runs;
        this.node = node;
    }

    private record Context(String name, Instant scheduledFireTime, boolean recovering, ActionJob job) implements JobContext {
        @Override
        public boolean interrupted() {
            return job.interrupted;
        }
    }

    @Override
    public void execute(JobExecutionContext quartz) {
        String name = quartz.getJobDetail().getKey().getName();
        boolean recovering = quartz.isRecovering();
        Instant scheduled = scheduledFireTime(quartz);
        Instant started = Instant.now();
        long run = runs.started(name, node, scheduled, started, recovering);
        LOG.info("job {} started{} on {} (scheduled {})", name, recovering ? " again to recover a dead node's run" : "",
                node, scheduled);
        JobRun.Outcome outcome = JobRun.Outcome.SUCCEEDED;
        String message = null;
        JobAction action = actions.get(name);
        if (action == null) {
            outcome = JobRun.Outcome.FAILED;
            message = "no action for job '" + name + "' on node " + node + " (is its configuration older than the schedule?)";
        } else {
            try {
                action.run(new Context(name, scheduled, recovering, this));
                if (interrupted) {
                    message = "stopped early: the scheduler shut down";
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = JobRun.Outcome.FAILED;
                message = "interrupted";
            } catch (Exception e) {
                outcome = JobRun.Outcome.FAILED;
                message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
                LOG.debug("job {} failed", name, e);
            }
        }
        Instant finished = Instant.now();
        runs.finished(run, name, outcome, message, finished);
        Duration took = Duration.between(started, finished);
        if (outcome == JobRun.Outcome.SUCCEEDED) {
            LOG.info("job {} succeeded in {} ms{}", name, took.toMillis(), message == null ? "" : ": " + message);
        } else {
            LOG.warn("job {} failed after {} ms: {}", name, took.toMillis(), message);
        }
    }

    /** The scheduled time of this run, or for a recovery run the scheduled time of the run it recovers. */
    private static Instant scheduledFireTime(JobExecutionContext quartz) {
        if (quartz.isRecovering()) {
            JobDataMap data = quartz.getMergedJobDataMap();
            String original = data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
            if (original != null) {
                return Instant.ofEpochMilli(Long.parseLong(original));
            }
        }
        return quartz.getScheduledFireTime().toInstant();
    }

    @Override
    public void interrupt() {
        interrupted = true;
    }
}
