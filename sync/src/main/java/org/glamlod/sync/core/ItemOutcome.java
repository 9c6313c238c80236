package org.glamlod.sync.core;

/** What a sync pass did with one due item. */
public enum ItemOutcome {
    /** Created or updated at the target. */
    PUSHED,
    /** The graph changed but not the document sent: recorded as synced without a request. */
    UNCHANGED,
    /** Not sent: the rights gate or the projection said no (the reason is in the sync state). */
    SKIPPED,
    /** The remote call failed; retried later unless the failure was permanent. */
    FAILED,
    /** A person must decide before anything is sent. */
    NEEDS_REVIEW,
    /** The object left the collection. */
    DELETED,
    /** Dry run: would have been sent. */
    WOULD_PUSH
}
