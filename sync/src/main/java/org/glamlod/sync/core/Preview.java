package org.glamlod.sync.core;

import java.util.List;
import java.util.Objects;

/**
 * What a push would do to an object's remote record as it stands now, found with reads only: a dry run's view of
 * one item.
 *
 * @param remoteId the record a push would update; null when it would create one
 * @param found    how that record was found when it was not known yet (e.g. "linked in the data"); otherwise null
 * @param sends    whether a push would send anything at all (false: the record already says it all)
 * @param diff     the change for a person to read, one line per term or statement
 * @param commands the same change in the target's batch format ({@link SyncTarget#batchSuffix()}), which an
 *                 operator can inspect or run by hand; empty when the target has none
 */
public record Preview(String remoteId, String found, boolean sends, String diff, List<String> commands) {
    public Preview {
        Objects.requireNonNull(diff, "diff");
        commands = List.copyOf(commands);
    }
}
