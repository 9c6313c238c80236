package org.glamlod.sync.schedule;

import java.time.Instant;

/** What a running job knows about its run. */
public interface JobContext {
    /** The job's name. */
    String name();

    /**
     * When this run was scheduled to start. For a recovery run (the node that ran it died) this is the scheduled time
     * of the run being recovered.
     */
    Instant scheduledFireTime();

    /** True when this run repeats one that a dead node left unfinished: the work may be partly done already. */
    boolean recovering();

    /** True once the scheduler is shutting down: finish the current unit of work and return. */
    boolean interrupted();
}
