package org.glamlod.sync.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * One run of a job, as recorded in the job database.
 *
 * @param node     the scheduler instance id of the node that ran it
 * @param finished null while running
 * @param message  the failure's message, or a note (e.g. stopped early by shutdown); null when there is nothing to say
 */
public record JobRun(long id, String job, String node, Instant scheduled, Instant started, Instant finished,
                     Outcome outcome, boolean recovering, String message) {

    public enum Outcome {
        RUNNING,
        SUCCEEDED,
        FAILED,
        /** The node running it died; the run did not finish (a recoverable job is re-run by another node). */
        ABANDONED
    }

    /** How long the run took; null while it runs or when it was abandoned. */
    public Duration duration() {
        return finished == null ? null : Duration.between(started, finished);
    }
}
