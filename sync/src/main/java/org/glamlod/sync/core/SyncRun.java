package org.glamlod.sync.core;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.glamlod.store.Store;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.state.ItemState;
import org.glamlod.sync.state.SyncRecord;
import org.glamlod.sync.state.SyncStates;
import org.glamlod.sync.state.TargetPauses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync pass of one target: the loop every target shares.
 * <p>
 * It walks the store's objects in batches and, with the sync state of each batch, picks the due items: new,
 * changed since the last push or decision (the store's graph fingerprint differs), pending, or failed with the
 * retry due. A synced item whose graph is unchanged is not even projected. Each due item goes, one at a time,
 * through the rights gate, the target's projection (an unchanged document is recorded without a request), the rate
 * limiter, reconciliation when its remote id is not known yet, the push, the write-back of its links, and the
 * recorded outcome. Every step is recorded as it completes, so a crash loses at most the item in flight, and that
 * item is reconciled rather than created again. Objects the store holds as deleted are marked so.
 * <p>
 * A real pass holds the database-wide lock of its target, so that two nodes (or a node and {@code glam sync}) never
 * push the same target at once. A dry run takes no lock, writes nothing at the target and nothing here but its
 * report (and batch file); it reads each due item's remote record to show the change, unless it is offline.
 */
public final class SyncRun {
    private static final Logger LOG = LoggerFactory.getLogger(SyncRun.class);

    private final Store store;
    private final JobDatabase db;
    private final SyncStates states;
    private final TargetPauses pauses;
    private final Backoff backoff;
    private final Clock clock;
    private final SyncListener listener;

    /** The clock also stamps the sync state: give both the same, so "due" and "recorded" agree. */
    public SyncRun(Store store, JobDatabase db, Clock clock, Backoff backoff, SyncListener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.states = new SyncStates(db, clock);
        this.pauses = new TargetPauses(db);
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Runs one pass of {@code target}, its requests paced by {@code limiter}, the target's own limiter. */
    public <D> RunSummary run(SyncTarget<D> target, RateLimiter limiter, RunOptions options) {
        if (options.isDryRun()) {
            // offline there is no batch: without the wiki's items it would create what exists and name placeholders
            try (DryRunReport report = new DryRunReport(options.dryRun(), target.name(),
                    options.offline() ? Optional.empty() : target.batchSuffix(), options.offline(), clock.instant())) {
                return new Pass<>(target, limiter, options, report).run();
            }
        }
        return db.exclusively("glam-sync-" + target.name(), c -> new Pass<>(target, limiter, options, null).run());
    }

    /** Whether an object whose graph has fingerprint {@code graphFp}, with sync state {@code r}, is due at {@code now}. */
    static boolean isDue(SyncRecord r, String graphFp, Instant now) {
        if (r == null) {
            return true;
        }
        return switch (r.state()) {
            case PENDING, DELETED -> true;
            // a retry waits for its time even if the graph changed meanwhile: the remote asked us to wait
            case FAILED -> r.nextAttempt() != null ? !r.nextAttempt().isAfter(now) : !graphFp.equals(r.graphFingerprint());
            case SYNCED, SKIPPED, NEEDS_REVIEW -> !graphFp.equals(r.graphFingerprint());
        };
    }

    /** A target call; its runtime failures (a bug, a broken response) count as the item's failure, not the pass's. */
    @FunctionalInterface
    private interface TargetCall<T> {
        T call() throws TargetException;
    }

    /** The state of one pass. */
    private final class Pass<D> {
        private final SyncTarget<D> target;
        private final String name;
        private final RateLimiter limiter;
        private final RunOptions options;
        private final DryRunReport report;
        private final Instant started = clock.instant();
        private final long startNanos = System.nanoTime();
        private long examined, unchanged, pushed, skipped, failed, review, deleted, sent, remoteNanos;
        private boolean stopped;

        Pass(SyncTarget<D> target, RateLimiter limiter, RunOptions options, DryRunReport report) {
            this.target = target;
            this.name = target.name();
            this.limiter = Objects.requireNonNull(limiter, "limiter");
            this.options = options;
            this.report = report;
        }

        RunSummary run() {
            // a pause the target asked for in an earlier pass, perhaps in another process, still holds
            pauses.until(name).filter(until -> until.isAfter(clock.instant())).ifPresent(until -> {
                LOG.info("sync {}: the target asked to be left alone until {}; waiting for it", name, until);
                limiter.pauseUntil(until);
            });
            List<String> objects = store.graphNames();
            for (int from = 0; from < objects.size() && !stopped; from += options.batchSize()) {
                List<String> batch = objects.subList(from, Math.min(objects.size(), from + options.batchSize()));
                Map<String, Store.Entry> entries = store.entries(batch);
                Map<String, SyncRecord> records = new HashMap<>();
                states.get(name, batch).forEach(r -> records.put(r.object(), r));
                for (String object : batch) {
                    Store.Entry entry = entries.get(object);
                    // a graph without the ingest's bookkeeping is not a collection object
                    if (entry == null || entry.isDeleted() || entry.fingerprint() == null) {
                        continue;
                    }
                    if (stopAsked()) {
                        break;
                    }
                    examined++;
                    SyncRecord record = records.get(object);
                    if (isDue(record, entry.fingerprint(), clock.instant())) {
                        item(object, entry.fingerprint(), record);
                    } else {
                        unchanged++;
                    }
                }
            }
            if (!stopped) {
                sweepDeleted();
            }
            List<Path> written = report == null ? List.of() : report.batch() == null ? List.of(report.file())
                    : List.of(report.file(), report.batch());
            RunSummary summary = new RunSummary(name, report != null, started,
                    Duration.ofNanos(System.nanoTime() - startNanos), examined, unchanged, pushed, skipped, failed,
                    review, deleted, stopped, Duration.ofNanos(remoteNanos), written);
            LOG.info("sync {}", summary.line());
            if (report != null) {
                report.finish(summary);
                LOG.info("sync {}: dry-run report written to {}", name, report.file());
            }
            return summary;
        }

        private boolean stopAsked() {
            if (options.stop().getAsBoolean() || Thread.currentThread().isInterrupted()) {
                stopped = true;
            }
            return stopped;
        }

        private void item(String object, String graphFp, SyncRecord record) {
            long itemStart = System.nanoTime();
            Graph graph = store.graph(object);
            SyncItem item = new SyncItem(object, graph, graphFp, record == null ? null : record.remoteId());
            RightsGate.Verdict rights = RightsGate.check(graph, object, target.openRights());
            if (!rights.open()) {
                skip(item, rights.reason(), itemStart);
                return;
            }
            Projection<D> projection;
            try {
                projection = target.project(item);
            } catch (RuntimeException e) {
                // a projection that breaks on this object needs a person, not endless retries
                projection = Projection.review("the projection failed: " + e);
            }
            if (projection instanceof Projection.Skip<D> s) {
                skip(item, s.reason(), itemStart);
            } else if (projection instanceof Projection.Review<D> r) {
                needsReview(item, r.reason(), null, itemStart);
            } else {
                ready(item, record, (Projection.Ready<D>) projection, itemStart);
            }
        }

        private void ready(SyncItem item, SyncRecord record, Projection.Ready<D> ready, long itemStart) {
            String object = item.object();
            if (record != null && record.remoteId() != null && ready.fingerprint().equals(record.pushedFingerprint())) {
                // the graph changed, the document did not: the target already has it
                if (report == null) {
                    states.markSynced(name, object, record.remoteId(), item.graphFingerprint(), ready.fingerprint(),
                            record.lastPushed() != null ? record.lastPushed() : clock.instant());
                }
                unchanged++;
                done(object, ItemOutcome.UNCHANGED, itemStart, null, "document unchanged, no request");
                return;
            }
            if (sent >= options.limit()) {
                stopped = true;
                return;
            }
            sent++;
            String why = record == null ? "new" : record.state() == ItemState.FAILED ? "retry after "
                    + record.attempts() + " failure(s)" : record.state() == ItemState.PENDING ? "pending" : "changed";
            if (report != null) {
                dryRun(item, ready, why, itemStart);
                return;
            }
            // new or changed: recorded before any request, so a failure is counted against this graph
            SyncRecord current = record == null || record.state() == ItemState.DELETED
                    || !item.graphFingerprint().equals(record.graphFingerprint())
                    ? states.markPending(name, object, item.graphFingerprint()) : record;
            send(item, current, ready, itemStart);
        }

        /**
         * The dry run's view of a due item: the change against the remote record, read (never written) one request at
         * a time, waiting out any pause the target asked for but not the write pace; offline, or when the remote
         * cannot be read, the document as projected.
         */
        private void dryRun(SyncItem item, Projection.Ready<D> ready, String why, long itemStart) {
            String object = item.object();
            Optional<Preview> preview = Optional.empty();
            String unread = null;
            if (!options.offline()) {
                try {
                    limiter.awaitPause();
                    preview = remote(() -> target.preview(item, ready.document()));
                } catch (TargetException e) {
                    if (e.kind() == TargetException.Kind.NEEDS_REVIEW) {
                        needsReview(item, e.getMessage(), e.code(), itemStart);
                        return;
                    }
                    e.retryAfter().ifPresent(wait -> limiter.pauseUntil(clock.instant().plus(wait)));
                    unread = e.code() + ": " + e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                    return;
                }
            }
            if (preview.isPresent() && !preview.get().sends()) {
                report.alreadyThere(object, preview.get());
                unchanged++;
                done(object, ItemOutcome.UNCHANGED, itemStart, null, preview.get().remoteId() + " already says it all");
                return;
            }
            if (preview.isPresent()) {
                report.wouldPush(object, why, preview.get());
            } else {
                report.wouldPush(object, why, item.remoteId(), ready.description(), unread);
            }
            pushed++;
            done(object, ItemOutcome.WOULD_PUSH, itemStart, null, why);
        }

        private void send(SyncItem item, SyncRecord current, Projection.Ready<D> ready, long itemStart) {
            String object = item.object();
            String remoteId = current.remoteId();
            try {
                if (remoteId == null) {
                    limiter.acquire();
                    Optional<String> found = remote(() -> target.reconcile(item, ready.document()));
                    if (found.isPresent()) {
                        remoteId = found.get();
                        states.recordRemoteId(name, object, remoteId);
                    }
                }
                SyncItem known = new SyncItem(object, item.graph(), item.graphFingerprint(), remoteId);
                String knownId = remoteId;
                limiter.acquire();
                String id = remote(() -> target.push(known, ready.document(), knownId));
                Instant at = clock.instant();
                // links before the state: a crash in between re-sends the item, which writes them again
                store.putLinks(object, name, remote(() -> target.links(object, id)));
                states.markSynced(name, object, id, item.graphFingerprint(), ready.fingerprint(), at);
                pushed++;
                done(object, ItemOutcome.PUSHED, itemStart, null, (knownId == null ? "created " : "updated ") + id);
            } catch (TargetException e) {
                failure(item, current, e, itemStart);
            } catch (InterruptedException e) {
                // shutting down while waiting for the limiter: nothing was sent, the item stays due
                Thread.currentThread().interrupt();
                stopped = true;
                LOG.info("sync {} {}: interrupted before sending; it stays due", name, object);
            }
        }

        private <T> T remote(TargetCall<T> call) throws TargetException {
            long start = System.nanoTime();
            try {
                return call.call();
            } catch (RuntimeException e) {
                throw new TargetException(TargetException.Kind.RETRYABLE, "error", e.toString());
            } finally {
                remoteNanos += System.nanoTime() - start;
            }
        }

        private void failure(SyncItem item, SyncRecord current, TargetException e, long itemStart) {
            String object = item.object();
            Instant now = clock.instant();
            switch (e.kind()) {
                case NEEDS_REVIEW -> needsReview(item, e.getMessage(), e.code(), itemStart);
                case PERMANENT -> {
                    states.markFailed(name, object, e.getMessage(), e.code(), null);
                    failed++;
                    done(object, ItemOutcome.FAILED, itemStart, e.code(),
                            "refused (" + e.code() + "): " + e.getMessage() + "; not retried until the object changes");
                }
                case RETRYABLE, RATE_LIMITED -> {
                    Duration retryAfter = e.retryAfter().orElse(null);
                    Instant next = backoff.nextAttempt(current.attempts() + 1, now, retryAfter);
                    Duration pause = retryAfter != null ? retryAfter
                            : e.kind() == TargetException.Kind.RATE_LIMITED ? backoff.base() : null;
                    if (pause != null) {
                        limiter.pauseUntil(now.plus(pause));
                        pauses.pauseUntil(name, now.plus(pause));
                    }
                    states.markFailed(name, object, e.getMessage(), e.code(), next);
                    failed++;
                    done(object, ItemOutcome.FAILED, itemStart, e.code(),
                            "failed (" + e.code() + "): " + e.getMessage() + "; next attempt " + next);
                }
            }
        }

        private void skip(SyncItem item, String reason, long itemStart) {
            if (report != null) {
                report.decided(item.object(), "skipped", reason);
            } else {
                states.markSkipped(name, item.object(), item.graphFingerprint(), reason);
            }
            skipped++;
            done(item.object(), ItemOutcome.SKIPPED, itemStart, null, "skipped: " + reason);
        }

        private void needsReview(SyncItem item, String reason, String code, long itemStart) {
            if (report != null) {
                report.decided(item.object(), "left for review", reason);
            } else {
                states.markNeedsReview(name, item.object(), item.graphFingerprint(), reason);
            }
            review++;
            done(item.object(), ItemOutcome.NEEDS_REVIEW, itemStart, code, "needs review: " + reason);
        }

        /** Objects the target knows that the store now holds as deleted (tombstones). */
        private void sweepDeleted() {
            String after = null;
            while (true) {
                List<SyncRecord> page = states.page(name, after, options.batchSize());
                if (page.isEmpty()) {
                    return;
                }
                after = page.get(page.size() - 1).object();
                List<String> known = page.stream().filter(r -> r.state() != ItemState.DELETED).map(SyncRecord::object).toList();
                Map<String, Store.Entry> entries = store.entries(known);
                for (String object : known) {
                    Store.Entry entry = entries.get(object);
                    if (entry == null || !entry.isDeleted()) {
                        continue;
                    }
                    if (stopAsked()) {
                        return;
                    }
                    long start = System.nanoTime();
                    if (report != null) {
                        report.decided(object, "marked deleted", "the object left the collection on " + entry.deleted());
                    } else {
                        states.markDeleted(name, object);
                    }
                    deleted++;
                    done(object, ItemOutcome.DELETED, start, null, "left the collection on " + entry.deleted());
                }
            }
        }

        private void done(String object, ItemOutcome outcome, long itemStart, String code, String what) {
            Duration took = Duration.ofNanos(System.nanoTime() - itemStart);
            LOG.info("sync {}{} {}: {} ({} ms)", name, report != null ? " (dry run)" : "", object, what, took.toMillis());
            listener.itemDone(name, object, outcome, took, code);
        }
    }
}
