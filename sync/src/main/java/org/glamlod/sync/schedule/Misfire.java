package org.glamlod.sync.schedule;

/**
 * What a job does about fire times it missed (the node was down, or the job was still running for longer than the
 * misfire threshold). Neither policy ever replays the missed runs one by one: N catch-up syncs or dumps would do the
 * same work N times.
 */
public enum Misfire {
    /**
     * Run once as soon as possible, then continue on the schedule (Quartz's fire-once-now). For work whose result
     * should not wait a whole period after an outage: syncs (the backlog of changes is picked up in one run), ingests,
     * dumps and validation reports (stale until the next run).
     */
    FIRE_ONCE_NOW,
    /**
     * Forget the missed runs and wait for the next scheduled time (Quartz's do-nothing). For heavy maintenance whose
     * time was chosen for being quiet, such as store compaction: running it late, in business hours, would slow the
     * public endpoints for a result that can wait until the next quiet window.
     */
    SKIP_TO_NEXT;

    /** The policy for a job by its kind: {@code compact} waits for its window, every other job catches up once. */
    public static Misfire forJob(String name) {
        return name.equals("compact") || name.startsWith("compact-") ? SKIP_TO_NEXT : FIRE_ONCE_NOW;
    }
}
