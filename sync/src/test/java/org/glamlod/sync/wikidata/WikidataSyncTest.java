package org.glamlod.sync.wikidata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.vocab.LA;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.ObjectStore;
import org.glamlod.sync.MutableClock;
import org.glamlod.sync.core.Backoff;
import org.glamlod.sync.core.RateLimiter;
import org.glamlod.sync.core.RunOptions;
import org.glamlod.sync.core.RunSummary;
import org.glamlod.sync.core.SyncListener;
import org.glamlod.sync.core.SyncRun;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.state.ItemState;
import org.glamlod.sync.state.SyncRecord;
import org.glamlod.sync.state.SyncStates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wikidata.wdtk.datamodel.helpers.Datamodel;
import org.wikidata.wdtk.datamodel.helpers.ItemUpdateBuilder;
import org.wikidata.wdtk.datamodel.helpers.StatementUpdateBuilder;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.ItemIdValue;
import org.wikidata.wdtk.datamodel.interfaces.Statement;

/**
 * The Wikidata target on the shared sync loop, end to end: the sample collection in a real TDB2 store, the state in a
 * real H2 job database, and the wiki a stateful contract fake of the Wikibase API over HTTP.
 */
class WikidataSyncTest {
    static final String BOT = "ExampleMuseum@glam-lod";
    static final String PASSWORD = "s3cret-bot-password";
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final ObjectGraphWriter WRITER = new ObjectGraphWriter(Fixtures.URIS);
    /** The Night Watch's item, which the record links to and another user made. */
    static final String NIGHT_WATCH = "Q219831";

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(T0);
    MockWebServer server;
    FakeWikibase wiki;
    WikidataSettings settings;
    ObjectStore store;
    JobDatabase db;
    SyncStates states;

    @BeforeEach
    void open() throws Exception {
        wiki = new FakeWikibase(BOT, PASSWORD);
        server = new MockWebServer();
        server.setDispatcher(wiki);
        server.start();
        settings = Fixtures.settings(server.url("/w/api.php").toString());
        wiki.seed("{\"id\":\"" + NIGHT_WATCH + "\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"The Night Watch\"}},"
                + "\"sitelinks\":{\"enwiki\":{\"site\":\"enwiki\",\"title\":\"The Night Watch\",\"badges\":[]}}}");
        store = ObjectStore.open(dir.resolve("store"));
        load(SampleCollection.all().stream().collect(Collectors.toMap(o -> Fixtures.URIS.object(o.id()), WRITER::graph)));
        db = JobDatabase.open(JobDatabase.Settings.embedded(dir));
        states = new SyncStates(db, clock);
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        db.close();
        store.close();
    }

    private void load(Map<String, Graph> graphs) {
        try (ObjectLoader loader = new ObjectLoader(store, "samples", 100)) {
            graphs.forEach(loader::put);
            loader.finish(false);
        }
    }

    /** The museum corrects the title of SK-A-2344 in its record. */
    private void correctTheMilkmaidsTitle() {
        Graph changed = WRITER.graph(Fixtures.sample("SK-A-2344"));
        Triple title = changed.find().filterKeep(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().equals("The Milkmaid")).next();
        changed.delete(title);
        changed.add(Triple.create(title.getSubject(), title.getPredicate(),
                NodeFactory.createLiteral("The Milkmaid (corrected)", title.getObject().getLiteralLanguage())));
        load(Map.of(Fixtures.URIS.object("SK-A-2344"), changed));
    }

    /** A dry run as {@code glam sync wikidata --dry-run} makes it: a client that never logs in. */
    private RunSummary dryRun(Path report) {
        return dryRun(RunOptions.defaults().withDryRun(report));
    }

    private RunSummary dryRun(RunOptions options) {
        WikidataTarget target = new WikidataTarget(settings, Fixtures.URIS,
                new WikibaseClient(settings, WikibaseClient.Options.defaults()), clock);
        SyncRun run = new SyncRun(store, db, clock, Backoff.standard(), SyncListener.NONE);
        return run.run(target, new RateLimiter(50, clock, clock::advance), options);
    }

    private RunSummary sync() throws Exception {
        WikibaseClient client = new WikibaseClient(settings, WikibaseClient.Options.defaults());
        client.login(BOT, PASSWORD.toCharArray());
        WikidataTarget target = new WikidataTarget(settings, Fixtures.URIS, client, clock);
        SyncRun run = new SyncRun(store, db, clock, new Backoff(Duration.ofSeconds(10), Duration.ofHours(1),
                Backoff.Jitter.EQUAL, new Random(7)), SyncListener.NONE);
        return run.run(target, new RateLimiter(50, clock, clock::advance), RunOptions.defaults());
    }

    private SyncRecord state(String id) {
        return states.get(WikidataTarget.NAME, Fixtures.URIS.object(id)).orElseThrow();
    }

    /** The main values of a property's statements: strings as they are, items by id. */
    private static List<String> values(JsonNode entity, String property) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode st : entity.path("claims").path(property)) {
            JsonNode v = st.path("mainsnak").path("datavalue").path("value");
            out.add(v.isObject() ? v.path("id").asText() : v.asText());
        }
        return out;
    }

    @Test
    void aFirstSyncCreatesItemsTheSecondSendsNothing() throws Exception {
        RunSummary first = sync();
        assertThat(first.pushed()).isPositive();

        // an object whose record names its item: that item is updated, nothing is created for it
        SyncRecord nightWatch = state("SK-C-5");
        assertThat(nightWatch.state()).isEqualTo(ItemState.SYNCED);
        assertThat(nightWatch.remoteId()).isEqualTo(NIGHT_WATCH);
        JsonNode nw = wiki.entity(NIGHT_WATCH);
        assertThat(nw.path("claims").path("P217").get(0).path("mainsnak").path("datavalue").path("value").asText()).isEqualTo("SK-C-5");
        assertThat(nw.path("claims").path("P217").get(0).path("references").get(0).path("snaks").has("P248")).isTrue();
        assertThat(nw.path("labels").path("en").path("value").asText()).as("another user's label stays").isEqualTo("The Night Watch");
        // the item's QID and its Wikipedia article flow back into the object's graph
        Graph g = store.graph(Fixtures.URIS.object("SK-C-5"));
        Node item = NodeFactory.createURI("http://www.wikidata.org/entity/" + NIGHT_WATCH);
        assertThat(g.contains(NodeFactory.createURI(Fixtures.URIS.object("SK-C-5")), LA.equivalent, item)).isTrue();
        assertThat(g.contains(NodeFactory.createURI("https://en.wikipedia.org/wiki/The_Night_Watch"),
                NodeFactory.createURI("http://schema.org/about"), item)).isTrue();

        // a work by Vermeer, who is linked in the data, becomes a new item with the artwork model's statements
        SyncRecord milkmaid = state("SK-A-2344");
        assertThat(milkmaid.state()).isEqualTo(ItemState.SYNCED);
        JsonNode created = wiki.entity(milkmaid.remoteId());
        assertThat(values(created, "P217")).contains("SK-A-2344");
        assertThat(values(created, "P170")).contains("Q41264");
        assertThat(values(created, "P195")).contains(Fixtures.COLLECTION);
        assertThat(store.graph(Fixtures.URIS.object("SK-A-2344")).contains(NodeFactory.createURI(Fixtures.URIS.object("SK-A-2344")),
                LA.equivalent, NodeFactory.createURI("http://www.wikidata.org/entity/" + milkmaid.remoteId()))).isTrue();

        // creators nobody linked and no authority id finds: a person decides, nothing is guessed or created
        assertThat(states.counts(WikidataTarget.NAME).getOrDefault(ItemState.NEEDS_REVIEW, 0L)).isPositive();
        List<SyncRecord> review = states.problems(WikidataTarget.NAME, 50).stream()
                .filter(r -> r.state() == ItemState.NEEDS_REVIEW).toList();
        assertThat(review).allSatisfy(r -> assertThat(r.remoteId()).isNull());

        int entities = wiki.entityCount();
        int requests = wiki.calls().size();
        RunSummary second = sync();
        assertThat(second.pushed()).isZero();
        assertThat(wiki.count("wbeditentity")).as("no writes the second time").isEqualTo(first.pushed());
        // only the login of the new client; nothing about any object
        assertThat(wiki.calls().subList(requests, wiki.calls().size())).allSatisfy(c ->
                assertThat(c.action()).isIn("login", "query"));
        assertThat(wiki.entityCount()).isEqualTo(entities);
    }

    @Test
    void aChangedValueUpdatesThatStatementAndKeepsAnotherUsersStatement() throws Exception {
        sync();
        String qid = state("SK-A-2344").remoteId();
        // meanwhile another user adds "depicts: woman" without a reference of ours
        WikibaseClient other = new WikibaseClient(settings, WikibaseClient.Options.defaults());
        other.login(BOT, PASSWORD.toCharArray());
        ItemDocument current = other.getEntities(List.of(qid)).get(qid);
        ItemIdValue subject = Datamodel.makeWikidataItemIdValue(qid);
        Statement depicts = Datamodel.makeStatement(Datamodel.makeClaim(subject, Datamodel.makeValueSnak(
                Datamodel.makeWikidataPropertyIdValue("P180"), Datamodel.makeWikidataItemIdValue("Q467")), List.of()),
                List.of(), org.wikidata.wdtk.datamodel.interfaces.StatementRank.NORMAL, "");
        other.edit(ItemUpdateBuilder.forBaseRevisionId(subject, current.getRevisionId())
                .updateStatements(StatementUpdateBuilder.create().add(depicts).build()).build(), "depicts");
        long writes = wiki.count("wbeditentity");
        JsonNode before = wiki.entity(qid);

        correctTheMilkmaidsTitle();

        RunSummary run = sync();
        assertThat(run.pushed()).isEqualTo(1);
        assertThat(wiki.count("wbeditentity")).isEqualTo(writes + 1);
        JsonNode item = wiki.entity(qid);
        // only the title statement changed: every other statement, and the terms, are as they were
        List<String> changed = new java.util.ArrayList<>();
        item.path("claims").fieldNames().forEachRemaining(p -> {
            if (!item.path("claims").path(p).equals(before.path("claims").path(p))) changed.add(p);
        });
        assertThat(changed).containsExactly("P1476");
        assertThat(item.path("labels")).as("the label stays: only empty languages are filled").isEqualTo(before.path("labels"));
        assertThat(item.path("descriptions")).isEqualTo(before.path("descriptions"));
        assertThat(item.path("claims").path("P1476").findValuesAsText("text")).contains("The Milkmaid (corrected)")
                .doesNotContain("The Milkmaid");
        assertThat(values(item, "P180")).as("another user's statement stays").contains("Q467");
    }

    @Test
    void aDryRunReadsTheItemsAndShowsEachChangeAsADiffAndAsQuickStatementsWritingNothing() throws Exception {
        String found = wiki.seed(WikibaseClientTest.inventoryItem("SK-A-2344", Fixtures.COLLECTION));
        RunSummary first = dryRun(dir.resolve("reports/first.md"));
        String report = Files.readString(dir.resolve("reports/first.md"));
        String batch = Files.readString(dir.resolve("reports/first.qs"));
        assertThat(first.written()).containsExactly(dir.resolve("reports/first.md").toAbsolutePath(),
                dir.resolve("reports/first.qs").toAbsolutePath());
        assertThat(wiki.calls()).as("reads only, without logging in").allSatisfy(c ->
                assertThat(c.action()).isIn("wbgetentities", "query"));
        assertThat(wiki.calls().stream().map(FakeWikibase.Call::action)).doesNotContain("login", "wbeditentity");
        assertThat(states.get(WikidataTarget.NAME, Fixtures.URIS.object("SK-A-2344"))).as("nothing recorded").isEmpty();

        // the item the record links to: an update, shown against what the item says now
        assertThat(report).contains("would update " + NIGHT_WATCH + " (found: linked in the data)");
        assertThat(report).contains("SK-C-5: update " + NIGHT_WATCH + " against revision");
        String nightWatch = report.substring(report.indexOf("## " + Fixtures.URIS.object("SK-C-5")));
        nightWatch = nightWatch.substring(0, nightWatch.indexOf("\n## "));
        assertThat(nightWatch).contains("\n+ P217 \"SK-C-5\" [P195 " + Fixtures.COLLECTION + "]\n");
        assertThat(nightWatch).as("the item has an English label; only the missing ones are added")
                .doesNotContain("+ label en:").contains("\n+ label nl: De Nachtwacht\n");
        // an item found by inventory number in the collection: updated, not created
        assertThat(report).contains("would update " + found + " (found: P217 SK-A-2344 in " + Fixtures.COLLECTION + ")")
                .contains("\n+ P170 Q41264\n");
        // a work nobody has an item for: a create
        assertThat(report).contains("would create a record").contains(": new item");
        assertThat(first.needsReview()).as("unlinked creators wait for a person").isPositive();
        assertThat(report).contains("would be left for review");
        // the batch holds the same changes, in QuickStatements V1
        assertThat(batch.lines()).contains(NIGHT_WATCH + "\tLnl\t\"De Nachtwacht\"").contains("CREATE")
                .anyMatch(l -> l.startsWith(found + "\tP170\tQ41264"))
                .allMatch(l -> l.equals("CREATE") || l.matches("(LAST|-?Q\\d+)\t[LDP]\\w*\t.+"));

        // after a real sync and a corrected title, the dry run shows just that change
        sync();
        String qid = state("SK-A-2344").remoteId();
        correctTheMilkmaidsTitle();
        long writes = wiki.count("wbeditentity");
        RunSummary second = dryRun(dir.resolve("reports/second.md"));
        assertThat(second.pushed()).isEqualTo(1);
        assertThat(wiki.count("wbeditentity")).isEqualTo(writes);
        assertThat(Files.readString(dir.resolve("reports/second.md")))
                .contains("\n- P1476 en:\"The Milkmaid\"\n+ P1476 en:\"The Milkmaid (corrected)\"\n");
        assertThat(Files.readString(dir.resolve("reports/second.qs")).lines())
                .satisfiesExactly(l -> assertThat(l).isEqualTo("-" + qid + "\tP1476\ten:\"The Milkmaid\""),
                        l -> assertThat(l).startsWith(qid + "\tP1476\ten:\"The Milkmaid (corrected)\"\tS248\t" + Fixtures.DATABASE));
        // offline: not one request, no batch, the projection as it stands
        int requests = wiki.calls().size();
        RunSummary offline = dryRun(RunOptions.defaults().withOfflineDryRun(dir.resolve("reports/offline.md")));
        assertThat(wiki.calls()).hasSize(requests);
        assertThat(offline.written()).containsExactly(dir.resolve("reports/offline.md").toAbsolutePath());
        assertThat(Files.readString(dir.resolve("reports/offline.md"))).contains("would update " + qid)
                .contains("LAST\tP1476\ten:\"The Milkmaid (corrected)\"");
        // the dry runs recorded nothing: the real run still has the change to send
        assertThat(sync().pushed()).isEqualTo(1);
    }

    @Test
    void anEditConflictIsReadAgainAndMergedInTheSamePass() throws Exception {
        sync();
        String qid = state("SK-A-2344").remoteId();
        correctTheMilkmaidsTitle();
        // another user edits the item between our read and our write
        AtomicBoolean armed = new AtomicBoolean(true);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse response = wiki.dispatch(request);
                List<FakeWikibase.Call> calls = wiki.calls();
                FakeWikibase.Call last = calls.get(calls.size() - 1);
                if ("wbgetentities".equals(last.action()) && qid.equals(last.params().get("ids")) && armed.getAndSet(false))
                    wiki.touchAsOtherUser(qid, "en", "Milkmaid");
                return response;
            }
        });
        long writes = wiki.count("wbeditentity");
        RunSummary run = sync();
        assertThat(run.pushed()).isEqualTo(1);
        assertThat(run.failed()).isZero();
        assertThat(wiki.calls().stream().filter(c -> c.action().equals("wbgetentities") && qid.equals(c.params().get("ids"))))
                .as("read, conflict, read again").hasSize(2);
        assertThat(wiki.count("wbeditentity")).as("the refused edit and the merged one").isEqualTo(writes + 2);
        JsonNode item = wiki.entity(qid);
        assertThat(item.path("claims").path("P1476").findValuesAsText("text")).contains("The Milkmaid (corrected)");
        assertThat(item.path("aliases").path("en").get(0).path("value").asText()).as("the other user's edit stays").isEqualTo("Milkmaid");
        assertThat(state("SK-A-2344").state()).isEqualTo(ItemState.SYNCED);
    }

    @Test
    void http429PausesTheTargetForRetryAfterAndTheItemIsRetried() throws Exception {
        wiki.retryAfter(30, 0);
        wiki.inject("wbeditentity", FakeWikibase.Fault.HTTP_429);
        Instant before = clock.instant();
        RunSummary run = sync();
        assertThat(run.failed()).isEqualTo(1);
        SyncRecord failed = states.problems(WikidataTarget.NAME, 50).stream()
                .filter(r -> r.state() == ItemState.FAILED).findFirst().orElseThrow();
        assertThat(failed.nextAttempt()).isAfterOrEqualTo(failed.updated().plusSeconds(30));
        assertThat(clock.instant()).as("the limiter waited out Retry-After before the next request")
                .isAfterOrEqualTo(before.plusSeconds(30));
        clock.advance(Duration.ofHours(2));
        sync();
        assertThat(states.get(WikidataTarget.NAME, failed.object()).orElseThrow().state()).isEqualTo(ItemState.SYNCED);
    }

    @Test
    void afterACrashThatLostTheStateTheItemIsFoundByInventoryNumberNotCreatedAgain() throws Exception {
        sync();
        String qid = state("SK-A-2344").remoteId();
        int entities = wiki.entityCount();
        // the crash: the wiki has the items, but neither the job database nor the write-back survived
        db.close();
        store.close();
        store = ObjectStore.open(dir.resolve("store-after-crash"));
        load(SampleCollection.all().stream().collect(Collectors.toMap(o -> Fixtures.URIS.object(o.id()), WRITER::graph)));
        db = JobDatabase.open(JobDatabase.Settings.embedded(dir.resolve("after-crash")));
        states = new SyncStates(db, clock);

        sync();
        assertThat(wiki.entityCount()).as("no duplicate item").isEqualTo(entities);
        assertThat(state("SK-A-2344").remoteId()).isEqualTo(qid);
        assertThat(state("SK-A-2344").state()).isEqualTo(ItemState.SYNCED);
    }

    @Test
    void twoItemsWithTheInventoryNumberGoToReview() throws Exception {
        String a = wiki.seed(WikibaseClientTest.inventoryItem("SK-A-2344", Fixtures.COLLECTION));
        String b = wiki.seed(WikibaseClientTest.inventoryItem("SK-A-2344", Fixtures.COLLECTION));
        sync();
        SyncRecord r = state("SK-A-2344");
        assertThat(r.state()).isEqualTo(ItemState.NEEDS_REVIEW);
        assertThat(r.reason()).as("candidates as links for the reviewer")
                .contains(settings.siteIri() + a).contains(settings.siteIri() + b);
        assertThat(wiki.entity(a).path("claims").size()).as("neither candidate was touched").isEqualTo(1);
        assertThat(wiki.entity(b).path("claims").size()).isEqualTo(1);
    }

    @Test
    void maxlagPausesTheTargetAndRetriesAfterTheWikisDelay() throws Exception {
        wiki.retryAfter(5, 6.5);
        wiki.inject("wbeditentity", FakeWikibase.Fault.MAXLAG);
        RunSummary run = sync();
        assertThat(run.failed()).isEqualTo(1);
        SyncRecord failed = states.problems(WikidataTarget.NAME, 50).stream()
                .filter(r -> r.state() == ItemState.FAILED).findFirst().orElseThrow();
        assertThat(failed.lastErrorCode()).isEqualTo("maxlag");
        assertThat(failed.nextAttempt()).isAfterOrEqualTo(failed.updated().plusSeconds(5));

        clock.advance(Duration.ofHours(2));
        sync();
        assertThat(states.get(WikidataTarget.NAME, failed.object()).orElseThrow().state()).isEqualTo(ItemState.SYNCED);
    }
}
