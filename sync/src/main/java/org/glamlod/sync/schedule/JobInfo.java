package org.glamlod.sync.schedule;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A scheduled job as the dashboard shows it.
 *
 * @param previousFire null before the first run (or since the job was rescheduled)
 * @param nextFire     null when no further run is scheduled
 * @param lastRun      the most recent run on any node, null if it never ran
 */
public record JobInfo(String name, String cron, ZoneId timeZone, Misfire misfire, Instant previousFire, Instant nextFire,
                      State state, JobRun lastRun) {

    public enum State {
        /** Waiting for its next fire time. */
        NORMAL,
        /** Paused by an operator. */
        PAUSED,
        /** Its fire time came while the job was still running: it runs as soon as that run ends. */
        BLOCKED,
        /** Running now, on some node (see {@link JobRun#node()}). */
        RUNNING,
        /** Quartz could not run it (e.g. its job class is missing); see the log. */
        ERROR
    }
}
