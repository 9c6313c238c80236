package org.glamlod.sync.core;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one sync pass did.
 *
 * @param examined    live objects looked at
 * @param unchanged   due items whose document had not changed (no request), plus items not due at all
 * @param pushed      items created or updated at the target (a dry run: items that would have been)
 * @param skipped     items the rights gate or the projection kept back
 * @param failed      items whose remote call failed
 * @param needsReview items waiting for a person
 * @param deleted     objects found to have left the collection
 * @param stopped     whether the pass ended early: the limit was reached or a stop was asked for
 * @param remoteTime  time spent in the target's remote calls
 * @param written     the files a dry run wrote: its report, then its batch when the target has a batch format
 */
public record RunSummary(String target, boolean dryRun, Instant started, Duration elapsed, long examined,
                         long unchanged, long pushed, long skipped, long failed, long needsReview, long deleted,
                         boolean stopped, Duration remoteTime, List<Path> written) {

    public RunSummary {
        written = List.copyOf(written);
    }

    /** One line for the log and the command line. */
    public String line() {
        return String.format("%s%s: %d examined, %d unchanged, %d %s, %d skipped, %d failed, %d for review, %d deleted"
                        + "%s in %.1f s (%.1f s remote)", target, dryRun ? " (dry run)" : "", examined, unchanged, pushed,
                dryRun ? "would be pushed" : "pushed", skipped, failed, needsReview, deleted, stopped ? ", stopped early," : "",
                elapsed.toMillis() / 1000.0, remoteTime.toMillis() / 1000.0);
    }
}
