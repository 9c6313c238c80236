package org.glamlod.sync.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.glamlod.sync.MutableClock;
import org.glamlod.sync.db.JobDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every transition, lookup and list of the sync state repository, on a real database of each dialect. */
abstract class SyncStatesContract {
    static final String WD = "wikidata";
    static final String OBJ = "https://collection.example.org/object/SK-C-5";
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456Z");

    /** Settings of an empty database; the same value for the whole test (reopened by some tests). */
    abstract JobDatabase.Settings settings();

    final MutableClock clock = new MutableClock(T0);
    JobDatabase db;
    SyncStates states;

    @BeforeEach
    void open() {
        db = JobDatabase.open(settings());
        states = new SyncStates(db, clock);
    }

    @AfterEach
    void close() {
        if (db != null) {   // null when the database was not available (a skipped PostgreSQL test)
            db.close();
        }
    }

    static String obj(int i) {
        return "https://collection.example.org/object/" + String.format("%04d", i);
    }

    @Test
    void newItemIsPendingAndDueNow() {
        SyncRecord r = states.markPending(WD, OBJ, "fp1");
        assertThat(r).isEqualTo(new SyncRecord(WD, OBJ, ItemState.PENDING, null, "fp1", null, 0, T0, null, null, null, T0, T0, null));
        assertThat(states.get(WD, OBJ)).contains(r);
        assertThat(states.get("commons", OBJ)).isEmpty();
    }

    @Test
    void failuresCountUpAndASuccessfulPushForgetsThem() {
        states.markPending(WD, OBJ, "fp1");
        Instant t1 = clock.advance(Duration.ofMinutes(1));
        states.markFailed(WD, OBJ, "Too many requests", "429", t1.plusSeconds(60));
        Instant t2 = clock.advance(Duration.ofMinutes(2));
        SyncRecord failed = states.markFailed(WD, OBJ, "lagged: 7 seconds", "maxlag", t2.plusSeconds(120));
        assertThat(failed.state()).isEqualTo(ItemState.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).isEqualTo("lagged: 7 seconds");
        assertThat(failed.lastErrorCode()).isEqualTo("maxlag");
        assertThat(failed.nextAttempt()).isEqualTo(t2.plusSeconds(120));
        assertThat(failed.created()).isEqualTo(T0);
        assertThat(failed.updated()).isEqualTo(t2);
        assertThat(states.get(WD, OBJ)).contains(failed);

        Instant t3 = clock.advance(Duration.ofMinutes(3));
        Instant pushedAt = t3.minusMillis(250);
        SyncRecord synced = states.markSynced(WD, OBJ, "Q219831", "fp1", "proj1", pushedAt);
        assertThat(synced).isEqualTo(new SyncRecord(WD, OBJ, ItemState.SYNCED, "Q219831", "fp1", "proj1", 0, null, null,
                null, null, T0, t3, pushedAt));
        assertThat(states.get(WD, OBJ)).contains(synced);
    }

    @Test
    void changedGraphGoesBackToPendingKeepingWhatWasPushed() {
        states.markSynced(WD, OBJ, "Q219831", "fp1", "proj1", T0);
        Instant t1 = clock.advance(Duration.ofHours(1));
        SyncRecord r = states.markPending(WD, OBJ, "fp2");
        assertThat(r.state()).isEqualTo(ItemState.PENDING);
        assertThat(r.graphFingerprint()).isEqualTo("fp2");
        assertThat(r.pushedFingerprint()).isEqualTo("proj1");
        assertThat(r.remoteId()).isEqualTo("Q219831");
        assertThat(r.lastPushed()).isEqualTo(T0);
        assertThat(r.nextAttempt()).isEqualTo(t1);
        // a push that reports no new id keeps the known one
        assertThat(states.markSynced(WD, OBJ, null, "fp2", "proj2", t1).remoteId()).isEqualTo("Q219831");
    }

    @Test
    void longErrorsAreCut() {
        SyncRecord r = states.markFailed(WD, OBJ, "<html>" + "x".repeat(10_000), "500", null);
        assertThat(r.lastError()).hasSize(SyncRecord.MAX_ERROR_LENGTH).startsWith("<html>").endsWith("…");
        assertThat(states.get(WD, OBJ).orElseThrow().lastError()).isEqualTo(r.lastError());
        assertThat(r.attempts()).isEqualTo(1);
    }

    @Test
    void skippedNeedsReviewAndDeletedCarryTheirReasons() {
        states.markFailed(WD, OBJ, "boom", "500", T0);
        SyncRecord skipped = states.markSkipped(WD, OBJ, "fp1", "rights: in copyright");
        assertThat(skipped.state()).isEqualTo(ItemState.SKIPPED);
        assertThat(skipped.reason()).isEqualTo("rights: in copyright");
        assertThat(skipped.attempts()).isZero();
        assertThat(skipped.lastError()).isNull();
        assertThat(skipped.nextAttempt()).isNull();

        SyncRecord review = states.markNeedsReview(WD, OBJ, "fp2", "candidates: Q1, Q2");
        assertThat(review.state()).isEqualTo(ItemState.NEEDS_REVIEW);
        assertThat(review.reason()).isEqualTo("candidates: Q1, Q2");
        assertThat(review.graphFingerprint()).isEqualTo("fp2");

        states.recordRemoteId(WD, OBJ, "Q42");
        SyncRecord deleted = states.markDeleted(WD, OBJ).orElseThrow();
        assertThat(deleted.state()).isEqualTo(ItemState.DELETED);
        assertThat(deleted.remoteId()).isEqualTo("Q42");
        assertThat(states.get(WD, OBJ)).contains(deleted);
        // deleting what the target never knew records nothing
        assertThat(states.markDeleted(WD, obj(1))).isEmpty();
        assertThat(states.get(WD, obj(1))).isEmpty();
    }

    @Test
    void remoteIdIsRecordedBeforeThePushIsConfirmed() {
        states.markPending(WD, OBJ, "fp1");
        SyncRecord r = states.recordRemoteId(WD, OBJ, "Q99");
        assertThat(r.state()).isEqualTo(ItemState.PENDING);
        assertThat(r.remoteId()).isEqualTo("Q99");
        // also when the item was not marked first: the id is what prevents a second remote item after a crash
        assertThat(states.recordRemoteId("commons", OBJ, "File:Night Watch.jpg").remoteId()).isEqualTo("File:Night Watch.jpg");
        assertThat(states.get("commons", OBJ).orElseThrow().state()).isEqualTo(ItemState.PENDING);
    }

    @Test
    void operatorRetryAndSkip() {
        states.markFailed(WD, OBJ, "abusefilter-warning", "abusefilter", null);
        states.markFailed(WD, OBJ, "abusefilter-warning", "abusefilter", null);
        Instant t1 = clock.advance(Duration.ofDays(1));
        SyncRecord retried = states.retry(WD, OBJ).orElseThrow();
        assertThat(retried.state()).isEqualTo(ItemState.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.nextAttempt()).isEqualTo(t1);
        assertThat(retried.lastError()).isNull();

        SyncRecord skipped = states.skip(WD, OBJ, "operator: duplicate of SK-C-6").orElseThrow();
        assertThat(skipped.state()).isEqualTo(ItemState.SKIPPED);
        assertThat(skipped.reason()).isEqualTo("operator: duplicate of SK-C-6");

        assertThat(states.retry(WD, obj(7))).isEmpty();
        assertThat(states.skip(WD, obj(7), "x")).isEmpty();
        assertThat(states.get(WD, obj(7))).isEmpty();
    }

    @Test
    void batchedGetAnswersInTheOrderAskedAcrossBatches() {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 620; i++) {
            known.add(obj(i));
            states.markPending(WD, obj(i), "fp" + i);
        }
        states.markPending("commons", obj(1000), "other target");
        List<String> asked = new ArrayList<>();
        for (int i = 619; i >= 0; i -= 1) {
            asked.add(obj(i));
            if (i % 100 == 0) {
                asked.add(obj(1000 + i));   // unknown for wikidata
            }
        }
        asked.add(obj(5));  // asked twice, answered once
        List<SyncRecord> found = states.get(WD, asked);
        assertThat(found).hasSize(620);
        assertThat(found).extracting(SyncRecord::object).containsExactlyElementsOf(asked.subList(0, asked.size() - 1)
                .stream().filter(known::contains).toList());
        assertThat(found.get(0).graphFingerprint()).isEqualTo("fp619");
        assertThat(states.get(WD, List.of())).isEmpty();
    }

    @Test
    void dueRetriesArePendingAndDueFailuresInOrderBounded() {
        Instant now = T0.plus(Duration.ofHours(1));
        states.markFailed(WD, obj(1), "e", "429", now.minusSeconds(10));     // due
        states.markFailed(WD, obj(2), "e", "429", now.plusSeconds(10));      // not yet
        states.markFailed(WD, obj(3), "e", "429", now.minusSeconds(300));    // due, earliest
        states.markFailed(WD, obj(4), "e", "429", null);                     // only an operator retries it
        states.markFailed(WD, obj(5), "e", "429", now);                      // due exactly now
        clock.advance(Duration.ofMinutes(1));
        states.markPending(WD, obj(9), "fp");                                // pending since T0+1min
        states.markPending(WD, obj(8), "fp");                                // same time, object order decides
        states.markSynced(WD, obj(6), "Q6", "fp", "p", T0);
        states.markSkipped(WD, obj(7), "fp", "rights");
        states.markPending("commons", obj(10), "fp");

        assertThat(states.dueRetries(WD, now, 100)).extracting(SyncRecord::object)
                .containsExactly(obj(8), obj(9), obj(3), obj(1), obj(5));
        assertThat(states.dueRetries(WD, now, 2)).extracting(SyncRecord::object).containsExactly(obj(8), obj(9));
        assertThat(states.dueRetries(WD, now.plusSeconds(10), 100)).extracting(SyncRecord::object)
                .containsExactly(obj(8), obj(9), obj(3), obj(1), obj(5), obj(2));
    }

    @Test
    void countsProblemsAndTargets() {
        states.markPending(WD, obj(1), "fp");
        states.markPending(WD, obj(2), "fp");
        clock.advance(Duration.ofSeconds(1));
        states.markFailed(WD, obj(3), "old failure", "500", null);
        clock.advance(Duration.ofSeconds(1));
        states.markNeedsReview(WD, obj(4), "fp", "candidates: Q1, Q2");
        clock.advance(Duration.ofSeconds(1));
        states.markFailed(WD, obj(5), "newest failure", "editconflict", null);
        states.markSynced(WD, obj(6), "Q6", "fp", "p", T0);
        states.markSynced("europeana", obj(6), "/123/abc", "fp", "p", T0);

        Map<ItemState, Long> counts = states.counts(WD);
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(ItemState.PENDING, 2L, ItemState.SYNCED, 1L,
                ItemState.FAILED, 2L, ItemState.SKIPPED, 0L, ItemState.NEEDS_REVIEW, 1L, ItemState.DELETED, 0L));
        assertThat(states.counts("commons").values()).allMatch(n -> n == 0L);
        assertThat(states.problems(WD, 10)).extracting(SyncRecord::object).containsExactly(obj(5), obj(4), obj(3));
        assertThat(states.problems(WD, 2)).extracting(SyncRecord::lastError).containsExactly("newest failure", null);
        assertThat(states.targets()).containsExactly("europeana", "wikidata");
    }

    @Test
    void pagesWalkATargetsRecordsInObjectOrder() {
        for (int i : new int[] {5, 1, 4, 2, 3}) {
            states.markPending(WD, obj(i), "fp");
        }
        states.markPending("commons", obj(6), "fp");
        assertThat(states.page(WD, null, 2)).extracting(SyncRecord::object).containsExactly(obj(1), obj(2));
        assertThat(states.page(WD, obj(2), 2)).extracting(SyncRecord::object).containsExactly(obj(3), obj(4));
        assertThat(states.page(WD, obj(4), 2)).extracting(SyncRecord::object).containsExactly(obj(5));
        assertThat(states.page(WD, obj(5), 2)).isEmpty();
    }

    @Test
    void stateSurvivesClosingAndReopening() {
        SyncRecord synced = states.markSynced(WD, obj(1), "Q1", "fp", "p", T0);
        SyncRecord failed = states.markFailed(WD, obj(2), "boom", "500", T0.plusSeconds(30));
        db.close();
        db = JobDatabase.open(settings());
        states = new SyncStates(db, clock);
        assertThat(states.get(WD, List.of(obj(1), obj(2)))).containsExactly(synced, failed);
    }

    @Test
    void concurrentWritersLoseNoUpdate() throws Exception {
        // Two pools on one database behave like two nodes; both create the same new item at once, then keep failing it.
        try (JobDatabase other = JobDatabase.open(settings())) {
            List<SyncStates> writers = List.of(states, new SyncStates(other, clock));
            int threads = 4;
            int perThread = 25;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    SyncStates writer = writers.get(t % 2);
                    done.add(pool.submit(() -> {
                        go.await();
                        for (int i = 0; i < perThread; i++) {
                            writer.markFailed(WD, OBJ, "boom", "500", T0);
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(states.get(WD, OBJ).orElseThrow().attempts()).isEqualTo(100);
    }

    @Test
    void aTargetsPauseIsKeptAndOnlyALaterOneReplacesIt() {
        TargetPauses pauses = new TargetPauses(db);
        assertThat(pauses.until(WD)).isEmpty();
        pauses.pauseUntil(WD, T0.plusSeconds(120));
        pauses.pauseUntil(WD, T0.plusSeconds(30));
        assertThat(pauses.until(WD)).as("the shorter pause does not cut the longer one").contains(T0.plusSeconds(120));
        pauses.pauseUntil(WD, T0.plusSeconds(300));
        pauses.pauseUntil("commons", T0.plusSeconds(5));
        db.close();
        db = JobDatabase.open(settings());
        assertThat(new TargetPauses(db).until(WD)).as("it outlives the process").contains(T0.plusSeconds(300));
        assertThat(new TargetPauses(db).until("commons")).contains(T0.plusSeconds(5));
    }
}
