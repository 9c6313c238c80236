package org.glamlod.sync.schedule;

/** What a scheduled job does; supplied by the application per job name. */
@FunctionalInterface
public interface JobAction {
    /**
     * Does one run. Throwing records the run as failed with the exception's message; long runs should check
     * {@link JobContext#interrupted()} between units of work and return early when it is set.
     */
    void run(JobContext ctx) throws Exception;
}
