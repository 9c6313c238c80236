package org.glamlod.sync.state;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The sync state of one object with one target. Immutable; the transitions below are pure functions used by
 * {@link SyncStates}, which stores their result in the same transaction that read the previous state.
 * Instants are kept to the microsecond, the precision both databases store.
 *
 * @param target            target name, e.g. {@code wikidata}
 * @param object            the object's URI
 * @param remoteId          the object's id at the target (QID, file name, Europeana id), null until known
 * @param graphFingerprint  fingerprint of the object's graph at the last push or decision
 * @param pushedFingerprint fingerprint of the last successfully pushed projection
 * @param attempts          consecutive failed pushes
 * @param nextAttempt       when the sync loop may try again; null means not automatically
 * @param lastError         the last failure's message
 * @param lastErrorCode     the remote's code for it, e.g. {@code maxlag}, {@code 429}, {@code editconflict}
 * @param reason            why skipped, or what needs review (may list candidate ids)
 * @param lastPushed        when the target last accepted a push
 */
public record SyncRecord(String target, String object, ItemState state, String remoteId, String graphFingerprint,
                         String pushedFingerprint, int attempts, Instant nextAttempt, String lastError,
                         String lastErrorCode, String reason, Instant created, Instant updated, Instant lastPushed) {

    /** Longer error messages (a remote's whole HTML error page) are cut: the dashboard shows a line, not a page. */
    static final int MAX_ERROR_LENGTH = 2000;

    public SyncRecord {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("sync record needs a target");
        }
        if (object == null || object.isBlank()) {
            throw new IllegalArgumentException("sync record needs an object URI");
        }
        Objects.requireNonNull(state, "state");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative: " + attempts);
        }
        nextAttempt = micros(nextAttempt);
        created = micros(Objects.requireNonNull(created, "created"));
        updated = micros(Objects.requireNonNull(updated, "updated"));
        lastPushed = micros(lastPushed);
    }

    private static Instant micros(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }

    /** A record for an object the target has not seen yet: pending, due now. */
    static SyncRecord fresh(String target, String object, Instant now) {
        return new SyncRecord(target, object, ItemState.PENDING, null, null, null, 0, now, null, null, null, now, now, null);
    }

    /** New or changed: to be looked at now. Remote id and pushed fingerprint stay, the sync loop diffs against them. */
    SyncRecord pending(String graphFp, Instant now) {
        return new SyncRecord(target, object, ItemState.PENDING, remoteId, graphFp, pushedFingerprint, 0, now,
                null, null, null, created, now, lastPushed);
    }

    /** The target accepted the push: failures are forgotten. A null remote id keeps the one already known. */
    SyncRecord synced(String newRemoteId, String graphFp, String pushedFp, Instant at, Instant now) {
        return new SyncRecord(target, object, ItemState.SYNCED, newRemoteId != null ? newRemoteId : remoteId, graphFp,
                pushedFp, 0, null, null, null, null, created, now, at);
    }

    /** The push failed: one more consecutive failure, retried at {@code retryAt} (null: only by an operator). */
    SyncRecord failed(String error, String code, Instant retryAt, Instant now) {
        String message = error != null && error.length() > MAX_ERROR_LENGTH
                ? error.substring(0, MAX_ERROR_LENGTH - 1) + "…" : error;
        return new SyncRecord(target, object, ItemState.FAILED, remoteId, graphFingerprint, pushedFingerprint,
                attempts + 1, retryAt, message, code, null, created, now, lastPushed);
    }

    /** Decided not to send this graph, for {@code why}. */
    SyncRecord skipped(String graphFp, String why, Instant now) {
        return decided(ItemState.SKIPPED, graphFp, why, now);
    }

    /** A person must decide about this graph: {@code why} says what (e.g. the candidate ids). */
    SyncRecord needsReview(String graphFp, String why, Instant now) {
        return decided(ItemState.NEEDS_REVIEW, graphFp, why, now);
    }

    private SyncRecord decided(ItemState decision, String graphFp, String why, Instant now) {
        return new SyncRecord(target, object, decision, remoteId, graphFp, pushedFingerprint, 0, null, null, null, why,
                created, now, lastPushed);
    }

    /** The object left the collection; its remote id stays so the remote item can be dealt with. */
    SyncRecord deleted(Instant now) {
        return new SyncRecord(target, object, ItemState.DELETED, remoteId, graphFingerprint, pushedFingerprint, 0, null,
                null, null, null, created, now, lastPushed);
    }

    /** The target gave the object an id before the push was confirmed; state unchanged. */
    SyncRecord withRemoteId(String id, Instant now) {
        return new SyncRecord(target, object, state, id, graphFingerprint, pushedFingerprint, attempts, nextAttempt,
                lastError, lastErrorCode, reason, created, now, lastPushed);
    }

    /** Operator: try again now, failures forgotten. */
    SyncRecord retried(Instant now) {
        return pending(graphFingerprint, now);
    }
}
