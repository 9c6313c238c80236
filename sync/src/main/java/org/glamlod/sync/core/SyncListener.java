package org.glamlod.sync.core;

import java.time.Duration;

/** Told about every item a sync pass decides on, for metrics and dashboards. Called on the pass's thread: be quick. */
@FunctionalInterface
public interface SyncListener {
    SyncListener NONE = (target, object, outcome, duration, remoteCode) -> { };

    /**
     * @param duration   the time the item took, remote calls included
     * @param remoteCode the remote's code for a failure (HTTP status, API error), else null
     */
    void itemDone(String target, String object, ItemOutcome outcome, Duration duration, String remoteCode);
}
