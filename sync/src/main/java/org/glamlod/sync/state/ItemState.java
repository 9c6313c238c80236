package org.glamlod.sync.state;

/** Where one object stands with one target. */
public enum ItemState {
    /** New or changed since the last push or decision: the sync loop will look at it. */
    PENDING,
    /** The target holds the current projection. */
    SYNCED,
    /** The last push failed; retried at {@link SyncRecord#nextAttempt()}. */
    FAILED,
    /** Deliberately not sent (rights, missing data, operator's choice); see {@link SyncRecord#reason()}. */
    SKIPPED,
    /** A person must decide (e.g. several candidate items match); see {@link SyncRecord#reason()}. */
    NEEDS_REVIEW,
    /** The object left the collection; the remote id is kept for clean-up. */
    DELETED
}
