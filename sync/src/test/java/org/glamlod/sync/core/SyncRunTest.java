package org.glamlod.sync.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.MockResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.vocab.LA;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.ObjectStore;
import org.glamlod.sync.MutableClock;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.state.ItemState;
import org.glamlod.sync.state.SyncRecord;
import org.glamlod.sync.state.SyncStates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync loop against a real TDB2 store holding the sample collection, a real H2 job database and a stateful
 * records API over real HTTP. Time is a test clock: the rate limiter's waits move it instead of sleeping.
 */
class SyncRunTest {
    static final UriScheme URIS = new UriScheme(SampleCollection.BASE_URI);
    static final ObjectGraphWriter WRITER = new ObjectGraphWriter(URIS);
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    /** The samples whose work rights are CC0 or the Public Domain Mark; the rest have none, or are in copyright. */
    static final List<String> OPEN = List.of("1925.3245", "GR-1837.6-9.42", "KMS3696", "RP-P-1961-1021", "SK-A-2344",
            "SK-A-4050", "SK-C-5");
    static final List<String> CLOSED = List.of("1994.17", "2003.9", "PH-2001-77", "T-1962-2");

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(T0);
    final RecordsServer records = new RecordsServer(clock);
    final List<String> outcomes = new ArrayList<>();
    MockWebServer server;
    ObjectStore store;
    JobDatabase db;
    SyncStates states;
    RecordingTarget target;
    RateLimiter limiter;
    SyncRun sync;

    @BeforeEach
    void open() throws Exception {
        JobDatabase.Settings settings = settings();
        server = new MockWebServer();
        server.setDispatcher(records);
        server.start();
        store = ObjectStore.open(dir.resolve("store"));
        db = JobDatabase.open(settings);
        states = new SyncStates(db, clock);
        target = new RecordingTarget(server.url("/"), RightsGate.Scope.WORK);
        limiter = new RateLimiter(10, clock, clock::advance);
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1), Backoff.Jitter.EQUAL, new Random(42));
        sync = new SyncRun(store, db, clock, backoff,
                (t, object, outcome, took, code) -> outcomes.add(outcome + " " + id(object) + (code == null ? "" : " " + code)));
        load(SampleCollection.all().stream().collect(Collectors.toMap(o -> uri(o.id()), WRITER::graph)), false);
    }

    /** The job database: embedded H2 here, PostgreSQL in {@link SyncRunPostgresTest}. */
    JobDatabase.Settings settings() throws Exception {
        return JobDatabase.Settings.embedded(dir);
    }

    @AfterEach
    void close() throws Exception {
        if (server == null) {   // a PostgreSQL test skipped before anything was opened
            return;
        }
        records.release();
        server.close();
        db.close();
        store.close();
    }

    static String uri(String id) {
        return URIS.object(id);
    }

    static String id(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    void load(Map<String, Graph> graphs, boolean full) {
        try (ObjectLoader loader = new ObjectLoader(store, "samples", 100)) {
            graphs.forEach(loader::put);
            loader.finish(full);
        }
    }

    RunSummary run(RunOptions options) {
        return sync.run(target, limiter, options);
    }

    RunSummary run() {
        return run(RunOptions.defaults().withBatchSize(4));
    }

    /** The sample's graph as the source gives it, with its label replaced. */
    static Graph relabelled(String id, String label) {
        HumanMadeObject o = SampleCollection.all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        Graph g = WRITER.graph(o);
        Node subject = NodeFactory.createURI(uri(id));
        g.remove(subject, RDFS.label.asNode(), Node.ANY);
        g.add(Triple.create(subject, RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
        return g;
    }

    List<RecordsServer.Seen> requestsSince(int n) {
        List<RecordsServer.Seen> all = records.seen();
        return all.subList(n, all.size());
    }

    Map<String, SyncRecord> allStates() {
        return states.page(target.name(), null, 1000).stream().collect(Collectors.toMap(SyncRecord::object, r -> r));
    }

    @Test
    void pushesEachOpenObjectOnceThenOnlyWhatChanged() {
        RunSummary first = run();

        assertThat(first.examined()).isEqualTo(11);
        assertThat(first.pushed()).isEqualTo(OPEN.size());
        assertThat(first.skipped()).isEqualTo(CLOSED.size());
        assertThat(first.failed()).isZero();
        // reconcile first, then create: two requests an open object, none for a closed one
        assertThat(records.seen()).hasSize(2 * OPEN.size())
                .extracting(s -> id(s.object())).doesNotContainAnyElementsOf(CLOSED);
        assertThat(records.recordsPerObject()).containsOnlyKeys(OPEN.stream().map(SyncRunTest::uri).toList())
                .allSatisfy((object, n) -> assertThat(n).isEqualTo(1));
        Map<String, String> ids = new HashMap<>();
        records.records().forEach((rid, r) -> ids.put(r.get("object").asText(), rid));
        for (String id : OPEN) {
            SyncRecord r = states.get("records", uri(id)).orElseThrow();
            assertThat(r.state()).isEqualTo(ItemState.SYNCED);
            assertThat(r.remoteId()).isEqualTo(ids.get(uri(id)));
            assertThat(r.graphFingerprint()).isEqualTo(store.entries(List.of(uri(id))).get(uri(id)).fingerprint());
            // the remote id is in the object's graph, for pages and queries
            assertThat(store.graph(uri(id)).contains(NodeFactory.createURI(uri(id)), LA.equivalent,
                    NodeFactory.createURI(target.recordUri(r.remoteId())))).isTrue();
        }
        for (String id : CLOSED) {
            SyncRecord r = states.get("records", uri(id)).orElseThrow();
            assertThat(r.state()).isEqualTo(ItemState.SKIPPED);
            assertThat(r.reason()).startsWith("rights not open: ");
        }
        assertThat(states.get("records", uri("PH-2001-77")).orElseThrow().reason())
                .contains("http://rightsstatements.org/vocab/InC/1.0/");
        assertThat(states.get("records", uri("1994.17")).orElseThrow().reason()).contains("the work has no rights statement");

        int before = records.seen().size();
        RunSummary second = run();
        assertThat(requestsSince(before)).isEmpty();
        assertThat(second.unchanged()).isEqualTo(11);
        assertThat(second.pushed() + second.skipped() + second.failed()).isZero();

        // a new label is a new document: one update, no lookup (the id is known), no create
        load(Map.of(uri("SK-A-2344"), relabelled("SK-A-2344", "The Milkmaid (renamed)")), false);
        String fpBefore = states.get("records", uri("SK-A-2344")).orElseThrow().pushedFingerprint();
        RunSummary third = run();
        assertThat(third.pushed()).isEqualTo(1);
        assertThat(requestsSince(before)).extracting(s -> s.method() + " " + s.path())
                .containsExactly("PUT /records/" + ids.get(uri("SK-A-2344")));
        assertThat(records.records().get(ids.get(uri("SK-A-2344"))).get("label").asText()).isEqualTo("The Milkmaid (renamed)");
        assertThat(states.get("records", uri("SK-A-2344")).orElseThrow().pushedFingerprint()).isNotEqualTo(fpBefore);
        // the write-back survived the re-ingest
        assertThat(store.graph(uri("SK-A-2344")).contains(NodeFactory.createURI(uri("SK-A-2344")), LA.equivalent, Node.ANY)).isTrue();

        // a change the document does not show: the new graph is recorded, nothing is sent
        Graph more = relabelled("SK-A-2344", "The Milkmaid (renamed)");
        more.add(Triple.create(NodeFactory.createURI(uri("SK-A-2344")), RDFS.comment.asNode(), NodeFactory.createLiteralString("x")));
        load(Map.of(uri("SK-A-2344"), more), false);
        int beforeFourth = records.seen().size();
        outcomes.clear();
        RunSummary fourth = run();
        assertThat(requestsSince(beforeFourth)).isEmpty();
        assertThat(outcomes).containsExactly("UNCHANGED SK-A-2344");
        assertThat(fourth.unchanged()).isEqualTo(11);
        assertThat(states.get("records", uri("SK-A-2344")).orElseThrow().graphFingerprint())
                .isEqualTo(store.entries(List.of(uri("SK-A-2344"))).get(uri("SK-A-2344")).fingerprint());
    }

    @Test
    void rightsGateFailsClosedForImageTargets() {
        target = new RecordingTarget(server.url("/"), RightsGate.Scope.WORK_AND_IMAGES);
        // the Great Wave's work is in the public domain, but one image is in copyright here
        Graph g = WRITER.graph(SampleCollection.all().stream().filter(s -> s.id().equals("1925.3245")).findFirst().orElseThrow());
        Node right = NodeFactory.createURI(uri("1925.3245") + "/image/1/file/right");
        g.remove(right, org.glamlod.model.vocab.CRM.P2_has_type, Node.ANY);
        g.add(Triple.create(right, org.glamlod.model.vocab.CRM.P2_has_type, NodeFactory.createURI("http://rightsstatements.org/vocab/InC/1.0/")));
        load(Map.of(uri("1925.3245"), g), false);

        RunSummary summary = run();

        assertThat(summary.skipped()).isEqualTo(CLOSED.size() + 1);
        assertThat(records.seen()).extracting(s -> id(s.object())).doesNotContain("1925.3245").doesNotContainAnyElementsOf(CLOSED);
        assertThat(states.get("records", uri("1925.3245")).orElseThrow().reason())
                .contains("image/1/file is under http://rightsstatements.org/vocab/InC/1.0/");
    }

    @Test
    void retryAfterIsHonouredAndTheRetryComesNoSooner() {
        // SK-C-5 is the last open object in URI order, so no other request moves the clock after its failure
        records.fail(uri("SK-C-5"), 503, "120", 1);
        RunSummary first = run();
        assertThat(first.failed()).isEqualTo(1);
        SyncRecord failed = states.get("records", uri("SK-C-5")).orElseThrow();
        assertThat(failed.state()).isEqualTo(ItemState.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastErrorCode()).isEqualTo("503");
        // the backoff (10 s at most now) is shorter than what the server asked for: Retry-After wins
        assertThat(failed.nextAttempt()).isEqualTo(failed.updated().plusSeconds(120));
        assertThat(limiter.pausedUntil()).isEqualTo(failed.nextAttempt());
        assertThat(records.creates()).isEqualTo(OPEN.size() - 1);

        int before = records.seen().size();
        clock.advance(Duration.between(clock.instant(), failed.nextAttempt()).minusSeconds(1));
        assertThat(run().failed()).isZero();
        assertThat(requestsSince(before)).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        RunSummary retry = run();
        assertThat(retry.pushed()).isEqualTo(1);
        assertThat(requestsSince(before)).extracting(RecordsServer.Seen::method).containsExactly("GET", "POST");
        assertThat(records.recordsPerObject().get(uri("SK-C-5"))).isEqualTo(1);
        assertThat(states.get("records", uri("SK-C-5")).orElseThrow().state()).isEqualTo(ItemState.SYNCED);
        assertThat(states.get("records", uri("SK-C-5")).orElseThrow().attempts()).isZero();
    }

    @Test
    void thePauseHoldsForTheNextPassInAnotherProcess() {
        // SK-C-5 is the last open object in URI order, so nothing is sent after its failure in this pass
        records.fail(uri("SK-C-5"), 503, "120", 1);
        run();
        Instant until = states.get("records", uri("SK-C-5")).orElseThrow().updated().plusSeconds(120);
        // another process (glam sync, or another node): its own limiter, which has never seen the 503
        load(Map.of(uri("1925.3245"), relabelled("1925.3245", "The Great Wave (again)")), false);
        RateLimiter fresh = new RateLimiter(10, clock, clock::advance);
        int before = records.seen().size();
        // the changed object, and SK-C-5 whose retry the wait made due: neither before the pause ended
        assertThat(sync.run(target, fresh, RunOptions.defaults()).pushed()).isEqualTo(2);
        assertThat(requestsSince(before)).isNotEmpty().allSatisfy(s -> assertThat(s.at()).isAfterOrEqualTo(until));
        assertThat(states.get("records", uri("SK-C-5")).orElseThrow().state()).isEqualTo(ItemState.SYNCED);
    }

    @Test
    void rateLimitPausesTheWholeTarget() {
        // the first open object in URI order is refused with 429; every later request waits for the pause
        records.fail(uri("1925.3245"), 429, "30", 1);
        run();
        List<RecordsServer.Seen> seen = records.seen();
        RecordsServer.Seen limited = seen.stream().filter(s -> s.status() == 429).findFirst().orElseThrow();
        List<RecordsServer.Seen> after = seen.subList(seen.indexOf(limited) + 1, seen.size());
        assertThat(after).hasSize(2 * (OPEN.size() - 1))
                .allSatisfy(s -> assertThat(s.at()).isAfterOrEqualTo(limited.at().plusSeconds(30)));
        SyncRecord r = states.get("records", uri("1925.3245")).orElseThrow();
        assertThat(r.state()).isEqualTo(ItemState.FAILED);
        assertThat(r.lastErrorCode()).isEqualTo("429");
        assertThat(r.nextAttempt()).isEqualTo(r.updated().plusSeconds(30));
    }

    @Test
    void backoffGrowsWithEachFailureAndASuccessForgetsThem() {
        records.fail(uri("SK-C-5"), 500, null, 3);
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            run();
            SyncRecord r = states.get("records", uri("SK-C-5")).orElseThrow();
            assertThat(r.attempts()).isEqualTo(attempt);
            waits.add(Duration.between(r.updated(), r.nextAttempt()));
            clock.advance(Duration.between(clock.instant(), r.nextAttempt()));
        }
        // equal jitter: between half and all of 10 s, 20 s, 40 s
        for (int i = 0; i < 3; i++) {
            Duration ceiling = Duration.ofSeconds(10L << i);
            assertThat(waits.get(i)).isBetween(ceiling.dividedBy(2), ceiling);
        }
        run();
        SyncRecord done = states.get("records", uri("SK-C-5")).orElseThrow();
        assertThat(done.state()).isEqualTo(ItemState.SYNCED);
        assertThat(done.attempts()).isZero();
        assertThat(records.recordsPerObject().get(uri("SK-C-5"))).isEqualTo(1);
    }

    @Test
    void aRefusedDocumentWaitsForAChangeAndAmbiguityForAPerson() {
        records.fail(uri("SK-C-5"), 422, null, 1);
        String first = records.seed(uri("KMS3696"), "someone else's");
        String second = records.seed(uri("KMS3696"), "and another");
        RunSummary summary = run();
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.needsReview()).isEqualTo(1);
        SyncRecord refused = states.get("records", uri("SK-C-5")).orElseThrow();
        assertThat(refused.state()).isEqualTo(ItemState.FAILED);
        assertThat(refused.nextAttempt()).isNull();
        SyncRecord ambiguous = states.get("records", uri("KMS3696")).orElseThrow();
        assertThat(ambiguous.state()).isEqualTo(ItemState.NEEDS_REVIEW);
        assertThat(ambiguous.reason()).contains(first, second);
        assertThat(records.recordsPerObject().get(uri("KMS3696"))).isEqualTo(2);

        int before = records.seen().size();
        clock.advance(Duration.ofDays(30));
        run();
        assertThat(requestsSince(before)).isEmpty();

        load(Map.of(uri("SK-C-5"), relabelled("SK-C-5", "The Night Watch (corrected)")), false);
        assertThat(run().pushed()).isEqualTo(1);
        assertThat(states.get("records", uri("SK-C-5")).orElseThrow().state()).isEqualTo(ItemState.SYNCED);
    }

    @Test
    void limitAndStopEndThePassBetweenItems() {
        RunSummary limited = run(RunOptions.defaults().withLimit(3));
        assertThat(limited.pushed()).isEqualTo(3);
        assertThat(limited.stopped()).isTrue();
        assertThat(records.creates()).isEqualTo(3);

        // the stop comes while the second item of this pass is being created: that item finishes, no other starts
        AtomicBoolean stop = new AtomicBoolean();
        int before = records.seen().size();
        sync = new SyncRun(store, db, clock, Backoff.standard(), (t, object, outcome, took, code) -> { });
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            int creates;

            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getMethod().equals("POST") && ++creates == 2) {
                    stop.set(true);
                }
                return records.dispatch(request);
            }
        });
        RunSummary stopped = run(RunOptions.defaults().withStop(stop::get));
        assertThat(stopped.pushed()).isEqualTo(2);
        assertThat(stopped.stopped()).isTrue();
        List<RecordsServer.Seen> seen = requestsSince(before);
        assertThat(seen).extracting(RecordsServer.Seen::method).containsExactly("GET", "POST", "GET", "POST");
        String inFlight = seen.get(3).object();
        assertThat(states.get("records", inFlight).orElseThrow().state()).isEqualTo(ItemState.SYNCED);
        assertThat(store.graph(inFlight).contains(NodeFactory.createURI(inFlight), LA.equivalent, Node.ANY)).isTrue();
        assertThat(allStates().values()).filteredOn(r -> r.state() == ItemState.SYNCED).hasSize(5);

        RunSummary rest = run();
        assertThat(rest.pushed()).isEqualTo(OPEN.size() - 5);
        assertThat(records.recordsPerObject().values()).containsOnly(1);
    }

    @Test
    void dryRunSendsNothingAndChangesNothing() throws Exception {
        run(RunOptions.defaults().withLimit(2));
        load(Map.of(uri("1925.3245"), relabelled("1925.3245", "The Great Wave (new title)")), false);
        Map<String, SyncRecord> statesBefore = allStates();
        Map<String, Graph> graphsBefore = new HashMap<>();
        store.graphNames().forEach(n -> graphsBefore.put(n, store.graph(n)));
        int before = records.seen().size();
        Path report = dir.resolve("reports").resolve("records-dry-run.md");

        RunSummary dry = run(RunOptions.defaults().withDryRun(report));

        assertThat(requestsSince(before)).isEmpty();
        assertThat(allStates()).isEqualTo(statesBefore);
        graphsBefore.forEach((n, g) -> assertThat(store.graph(n).isIsomorphicWith(g)).as(n).isTrue());
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.pushed()).isEqualTo(OPEN.size() - 1);
        String text = Files.readString(report);
        String updated = states.get("records", uri("1925.3245")).orElseThrow().remoteId();
        assertThat(text).startsWith("# Dry run: sync to records")
                .contains("## " + uri("1925.3245") + "\n\nchanged; would update " + updated)
                .contains("\"label\" : \"The Great Wave (new title)\"")
                .contains("## " + uri("SK-C-5") + "\n\nnew; would look the object up at the target and create a record unless one is found")
                .contains("## " + uri("PH-2001-77") + "\n\nwould be skipped: rights not open: the work is under "
                        + "http://rightsstatements.org/vocab/InC/1.0/")
                // decided by the limited run and unchanged since: not due
                .doesNotContain("## " + uri("2003.9"))
                .contains(dry.line());
        assertThat(Files.list(report.getParent())).containsExactly(report);
    }

    @Test
    void objectsThatLeftTheCollectionAreMarkedDeletedWithoutARequest() {
        run();
        int before = records.seen().size();
        Map<String, Graph> remaining = SampleCollection.all().stream().filter(o -> !o.id().equals("SK-A-4050"))
                .collect(Collectors.toMap(o -> uri(o.id()), WRITER::graph));
        load(remaining, true);

        RunSummary summary = run();

        assertThat(summary.deleted()).isEqualTo(1);
        assertThat(requestsSince(before)).isEmpty();
        SyncRecord gone = states.get("records", uri("SK-A-4050")).orElseThrow();
        assertThat(gone.state()).isEqualTo(ItemState.DELETED);
        assertThat(gone.remoteId()).isNotNull();
        assertThat(run().deleted()).isZero();
    }
}
