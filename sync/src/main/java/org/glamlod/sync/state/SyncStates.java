package org.glamlod.sync.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.db.JobDatabaseException;

import static org.glamlod.sync.db.Jdbc.instant;
import static org.glamlod.sync.db.Jdbc.setInstant;

/**
 * The per-item sync state repository over the job database (plain JDBC).
 * <p>
 * Every transition is one transaction that reads the item's row with {@code SELECT ... FOR UPDATE}, computes the
 * next state with a pure {@link SyncRecord} function and writes it back, so concurrent writers (threads, or nodes
 * sharing a PostgreSQL database) queue on the row and never lose an update such as an attempt count. Two writers
 * creating the same new item race on the primary key; the loser re-runs its transition against the winner's row.
 */
public final class SyncStates {
    private static final String COLUMNS = "target, object_uri, state, remote_id, graph_fingerprint, pushed_fingerprint, "
            + "attempts, next_attempt, last_error, last_error_code, reason, created, updated, last_pushed";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int INSERT_RACE_ATTEMPTS = 3;
    /** Objects per IN list in batched lookups: well under every driver's parameter limit. */
    private static final int BATCH = 500;

    private final JobDatabase db;
    private final Clock clock;

    public SyncStates(JobDatabase db) {
        this(db, Clock.systemUTC());
    }

    /** With the clock that stamps {@code created}/{@code updated} (and "now" for pending items). */
    public SyncStates(JobDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Optional<SyncRecord> get(String target, String object) {
        return db.transaction(c -> select(c, target, object, false));
    }

    /** The known records among {@code objects}, in the order given; unknown objects are left out. */
    public List<SyncRecord> get(String target, Collection<String> objects) {
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(objects));
        Map<String, SyncRecord> found = new HashMap<>();
        db.transaction(c -> {
            for (int from = 0; from < wanted.size(); from += BATCH) {
                List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + BATCH));
                String sql = "SELECT " + COLUMNS + " FROM glam_sync_state WHERE target = ? AND object_uri IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, target);
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 2, chunk.get(i));
                    }
                    for (SyncRecord r : records(ps)) {
                        found.put(r.object(), r);
                    }
                }
            }
            return null;
        });
        List<SyncRecord> result = new ArrayList<>(found.size());
        for (String object : wanted) {
            SyncRecord r = found.get(object);
            if (r != null) {
                result.add(r);
            }
        }
        return result;
    }

    /** A new item, or one whose graph changed: pending now, failures forgotten. */
    public SyncRecord markPending(String target, String object, String graphFingerprint) {
        return upsert(target, object, (r, now) -> r.pending(graphFingerprint, now));
    }

    /** The target accepted the push made at {@code at}: synced, failures forgotten. */
    public SyncRecord markSynced(String target, String object, String remoteId, String graphFingerprint,
                                 String pushedFingerprint, Instant at) {
        Objects.requireNonNull(at, "at");
        return upsert(target, object, (r, now) -> r.synced(remoteId, graphFingerprint, pushedFingerprint, at, now));
    }

    /** The push failed with {@code error} (remote {@code code}); one more attempt is counted, next at {@code nextAttempt}. */
    public SyncRecord markFailed(String target, String object, String error, String code, Instant nextAttempt) {
        return upsert(target, object, (r, now) -> r.failed(error, code, nextAttempt, now));
    }

    public SyncRecord markSkipped(String target, String object, String graphFingerprint, String reason) {
        return upsert(target, object, (r, now) -> r.skipped(graphFingerprint, reason, now));
    }

    public SyncRecord markNeedsReview(String target, String object, String graphFingerprint, String reason) {
        return upsert(target, object, (r, now) -> r.needsReview(graphFingerprint, reason, now));
    }

    /** The object left the collection; empty if the target never knew it. */
    public Optional<SyncRecord> markDeleted(String target, String object) {
        return update(target, object, (r, now) -> r.deleted(now));
    }

    /**
     * Records the remote id as soon as the target has assigned it, before the push is confirmed, so that a crash
     * between the remote create and {@link #markSynced} cannot lead to a second remote item.
     */
    public SyncRecord recordRemoteId(String target, String object, String remoteId) {
        Objects.requireNonNull(remoteId, "remoteId");
        return upsert(target, object, (r, now) -> r.withRemoteId(remoteId, now));
    }

    /** Operator action: back to pending, due now, failures forgotten. Empty if the item is unknown. */
    public Optional<SyncRecord> retry(String target, String object) {
        return update(target, object, (r, now) -> r.retried(now));
    }

    /** Operator action: do not send this item, for {@code reason}. Empty if the item is unknown. */
    public Optional<SyncRecord> skip(String target, String object, String reason) {
        return update(target, object, (r, now) -> r.skipped(r.graphFingerprint(), reason, now));
    }

    /**
     * The sync loop's work list: pending items and failed items whose next attempt is due at {@code now}, in order
     * of next attempt then object URI, at most {@code limit}.
     */
    public List<SyncRecord> dueRetries(String target, Instant now, int limit) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM glam_sync_state WHERE target = ? "
                    + "AND (state = 'PENDING' OR (state = 'FAILED' AND next_attempt <= ?)) "
                    + "ORDER BY next_attempt NULLS FIRST, object_uri LIMIT ?")) {
                ps.setString(1, target);
                setInstant(ps, 2, now);
                ps.setInt(3, limit);
                return records(ps);
            }
        });
    }

    /**
     * A page of a target's records in object order, those after {@code after} (null: from the start), at most
     * {@code limit}: keyset paging, so walking every record costs the same per page however far along it is.
     */
    public List<SyncRecord> page(String target, String after, int limit) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM glam_sync_state WHERE target = ? "
                    + "AND object_uri > ? ORDER BY object_uri LIMIT ?")) {
                ps.setString(1, target);
                ps.setString(2, after == null ? "" : after);
                ps.setInt(3, limit);
                return records(ps);
            }
        });
    }

    /** Items per state for a target; every state is present, unused ones with 0. */
    public Map<ItemState, Long> counts(String target) {
        return db.transaction(c -> {
            Map<ItemState, Long> counts = new EnumMap<>(ItemState.class);
            for (ItemState s : ItemState.values()) {
                counts.put(s, 0L);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT state, COUNT(*) FROM glam_sync_state WHERE target = ? GROUP BY state")) {
                ps.setString(1, target);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(ItemState.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    /** Failed and needs-review items, most recently updated first, at most {@code limit}. */
    public List<SyncRecord> problems(String target, int limit) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM glam_sync_state WHERE target = ? "
                    + "AND state IN ('FAILED', 'NEEDS_REVIEW') ORDER BY updated DESC, object_uri LIMIT ?")) {
                ps.setString(1, target);
                ps.setInt(2, limit);
                return records(ps);
            }
        });
    }

    /** Every target with at least one item, by name. */
    public List<String> targets() {
        return db.transaction(c -> {
            List<String> targets = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT target FROM glam_sync_state ORDER BY target");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    targets.add(rs.getString(1));
                }
            }
            return targets;
        });
    }

    private SyncRecord upsert(String target, String object, BiFunction<SyncRecord, Instant, SyncRecord> change) {
        return transition(target, object, true, change).orElseThrow();
    }

    private Optional<SyncRecord> update(String target, String object, BiFunction<SyncRecord, Instant, SyncRecord> change) {
        return transition(target, object, false, change);
    }

    private Optional<SyncRecord> transition(String target, String object, boolean create,
                                            BiFunction<SyncRecord, Instant, SyncRecord> change) {
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            try {
                return db.transaction(c -> {
                    Optional<SyncRecord> current = select(c, target, object, true);
                    if (current.isEmpty() && !create) {
                        return Optional.<SyncRecord>empty();
                    }
                    SyncRecord next = change.apply(current.orElseGet(() -> SyncRecord.fresh(target, object, now)), now);
                    write(c, next, current.isPresent());
                    return Optional.of(next);
                });
            } catch (JobDatabaseException e) {
                if (attempt < INSERT_RACE_ATTEMPTS && e.getCause() instanceof SQLException sql
                        && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    continue;
                }
                throw e;
            }
        }
    }

    private static Optional<SyncRecord> select(Connection c, String target, String object, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM glam_sync_state WHERE target = ? AND object_uri = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setString(1, target);
            ps.setString(2, object);
            List<SyncRecord> found = records(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static void write(Connection c, SyncRecord r, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE glam_sync_state SET state = ?, remote_id = ?, graph_fingerprint = ?, pushed_fingerprint = ?, "
                  + "attempts = ?, next_attempt = ?, last_error = ?, last_error_code = ?, reason = ?, created = ?, "
                  + "updated = ?, last_pushed = ? WHERE target = ? AND object_uri = ?"
                : "INSERT INTO glam_sync_state (state, remote_id, graph_fingerprint, pushed_fingerprint, attempts, "
                  + "next_attempt, last_error, last_error_code, reason, created, updated, last_pushed, target, object_uri) "
                  + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, r.state().name());
            ps.setString(2, r.remoteId());
            ps.setString(3, r.graphFingerprint());
            ps.setString(4, r.pushedFingerprint());
            ps.setInt(5, r.attempts());
            setInstant(ps, 6, r.nextAttempt());
            ps.setString(7, r.lastError());
            ps.setString(8, r.lastErrorCode());
            ps.setString(9, r.reason());
            setInstant(ps, 10, r.created());
            setInstant(ps, 11, r.updated());
            setInstant(ps, 12, r.lastPushed());
            ps.setString(13, r.target());
            ps.setString(14, r.object());
            ps.executeUpdate();
        }
    }

    private static List<SyncRecord> records(PreparedStatement ps) throws SQLException {
        List<SyncRecord> records = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                records.add(new SyncRecord(rs.getString(1), rs.getString(2), ItemState.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), instant(rs, 8),
                        rs.getString(9), rs.getString(10), rs.getString(11), instant(rs, 12), instant(rs, 13),
                        instant(rs, 14)));
            }
        }
        return records;
    }
}
