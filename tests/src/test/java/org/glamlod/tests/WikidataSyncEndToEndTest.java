package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.vocab.LA;
import org.glamlod.store.ObjectStore;
import org.glamlod.sync.db.JobDatabase;
import org.glamlod.sync.state.ItemState;
import org.glamlod.sync.state.SyncRecord;
import org.glamlod.sync.state.SyncStates;
import org.glamlod.sync.wikidata.FakeWikibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glam sync wikidata} for real, as an operator runs it: the demo collection, glam from the shaded jar, and the
 * wiki sync's stateful contract fake of the Wikibase API ({@link FakeWikibase}) on a MockWebServer in this JVM. What
 * glam prints is checked against what the wiki received, the job database and the store glam leaves behind.
 */
class WikidataSyncEndToEndTest {
    private static final String BOT = "ExampleMuseum@glam-lod";
    /** Distinctive, so that any trace of it in what glam prints is found. */
    private static final String PASSWORD = "bot-pw-5e0c7d2a91";
    private static final String CONTACT = "collections@museum.example";
    private static final String COLLECTION = "Q4115189";
    /** The Night Watch's item, made by another user; the sample record links to it. */
    private static final String NIGHT_WATCH = "Q219831";
    private static final String REMBRANDT = "Q5598";
    private static final String ENTITY = "http://www.wikidata.org/entity/";
    private static final UriScheme URIS = new UriScheme(SampleCollection.BASE_URI);
    /**
     * The demo objects that can go to Wikidata as they are: a title in English or Dutch, an object type that maps to
     * an item, an inventory number, and every named creator linked to an item in the data or found by an authority id.
     */
    private static final Set<String> SENDABLE = Set.of("SK-C-5", "SK-A-2344", "NL-AmRM/lido/SK-A-2344",
            "NL-AmRM/lido/RP-T-1930-52", "RP-P-1961-1021", "1994.17", "GR-1961-0143", "T-1962-2",
            "DE-MUS-057516/lido/GG29", "DE-MUS-057516/lido/GG238");
    /** The first of them in the store's order: the pass sends it first. */
    private static final String FIRST_SENT = URIS.object("1994.17");
    /**
     * Why the other demo objects wait for a person: gaps in their data, HTML in a title (2003.9), or creators the wiki
     * has no item for.
     */
    private static final Pattern REVIEW_REASON = Pattern.compile("no title in any of the languages \\[en, nl]"
            + "|title \\(en\\) contains HTML markup, .+"
            + "|no object type maps to an item for P31 \\[.+]|no accession number: .+"
            + "|[^:;]+: no Wikidata link and no authority id(; [^:;]+: no Wikidata link and no authority id)*");
    private static final Pattern DASHBOARD = Pattern.compile("Dashboard +(http://\\S+/)dashboard\\b");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private MockWebServer server;
    private FakeWikibase wiki;
    private Path data;
    private Path config;

    @BeforeEach
    void startTheWikiAndLoadTheDemo() throws Exception {
        wiki = new FakeWikibase(BOT, PASSWORD);
        wiki.seed("""
                {"id": "%s", "labels": {"en": {"language": "en", "value": "The Night Watch"}},
                 "sitelinks": {"enwiki": {"site": "enwiki", "title": "The Night Watch", "badges": []}}}""".formatted(NIGHT_WATCH));
        // Rembrandt with his VIAF and ULAN ids, as on Wikidata: a record that gives only those finds him by them
        wiki.seed("""
                {"id": "%s", "labels": {"en": {"language": "en", "value": "Rembrandt"}}, "claims": {
                 "P214": [{"mainsnak": {"snaktype": "value", "property": "P214", "datatype": "external-id",
                           "datavalue": {"value": "64013650", "type": "string"}}, "type": "statement", "rank": "normal"}],
                 "P245": [{"mainsnak": {"snaktype": "value", "property": "P245", "datatype": "external-id",
                           "datavalue": {"value": "500011051", "type": "string"}}, "type": "statement", "rank": "normal"}]}}"""
                .formatted(REMBRANDT));
        server = new MockWebServer();
        server.setDispatcher(wiki);
        server.start();

        data = dir.resolve("data");
        Cli.Result demo = glam("demo", "--no-serve", "--data", data.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        Files.writeString(dir.resolve("bot-password"), PASSWORD + "\n");
        // paced far above Wikidata's default (an edit every 6 s), which would make a pass take minutes
        config = Files.writeString(dir.resolve("glam.yaml"), """
                targets:
                  wikidata:
                    api: %s
                    contact: %s
                    institution: Q4115189
                    collection: %s
                    collection-short-name: EMA
                    languages: [en, nl]
                    user: %s
                    password-file: bot-password
                    requests-per-second: 200
                """.formatted(server.url("/w/api.php"), CONTACT, COLLECTION, BOT));
    }

    @AfterEach
    void stopTheWiki() {
        server.close();
    }

    @Test
    void aSyncCreatesAndUpdatesItemsWritesTheirIdsBackAndAFailedItemGoesOnlyWhenRetried() throws Exception {
        // the wiki is lagged for the first edit; the pass then pauses the whole target for Retry-After, kept short here
        wiki.retryAfter(1, 6.0);
        wiki.inject("wbeditentity", FakeWikibase.Fault.MAXLAG);
        Cli.Result first = sync();

        Map<String, SyncRecord> states = states();
        List<SyncRecord> synced = inState(states, ItemState.SYNCED);
        List<SyncRecord> review = inState(states, ItemState.NEEDS_REVIEW);
        assertThat(states).as("every object got a decision").hasSize(objects());
        SyncRecord failed = states.get(FIRST_SENT);
        assertThat(failed.state()).isEqualTo(ItemState.FAILED);
        assertThat(failed.lastErrorCode()).isEqualTo("maxlag");
        assertThat(failed.attempts()).isEqualTo(1);
        // the standard backoff: at least half a minute (the wiki's Retry-After is shorter here)
        assertThat(failed.nextAttempt()).isAfterOrEqualTo(failed.updated().plusSeconds(30));
        assertThat(synced).extracting(SyncRecord::object).containsExactlyInAnyOrderElementsOf(
                SENDABLE.stream().map(URIS::object).filter(o -> !o.equals(FIRST_SENT)).toList());
        assertThat(review).as("nothing else failed, nothing was skipped").hasSize(states.size() - synced.size() - 1)
                .allSatisfy(r -> {
                    assertThat(r.reason()).as(r.object()).matches(REVIEW_REASON);
                    assertThat(r.remoteId()).isNull();
                });
        assertThat(first.exit()).as("exit 3: an item failed, items wait for review\n" + first.err()).isEqualTo(3);
        assertThat(first.out()).contains(String.format("wikidata: %d examined, 0 unchanged, %d pushed, 0 skipped, 1 failed, "
                + "%d for review, 0 deleted in ", states.size(), synced.size(), review.size()));

        // one wbeditentity per item sent, the refused one included. Reconcile first: the record that links the Night
        // Watch updates that item; the Milkmaid is in the demo twice (the sample collection and a LIDO record with
        // the same inventory number), and the second finds the item the first made; every other object is a new item
        assertThat(wiki.count("wbeditentity")).isEqualTo(synced.size() + 1);
        assertThat(states.get(URIS.object("SK-C-5")).remoteId()).isEqualTo(NIGHT_WATCH);
        assertThat(states.get(URIS.object("NL-AmRM/lido/SK-A-2344")).remoteId()).isEqualTo(states.get(URIS.object("SK-A-2344")).remoteId());
        Set<String> items = synced.stream().map(SyncRecord::remoteId).collect(Collectors.toSet());
        assertThat(items).hasSize(synced.size() - 1);
        assertThat(wiki.entityCount()).as("the two seeded items and the new ones, no duplicate").isEqualTo(2 + items.size() - 1);
        JsonNode nightWatch = wiki.entity(NIGHT_WATCH);
        assertThat(values(nightWatch, "P217")).containsExactly("SK-C-5");
        assertThat(nightWatch.path("labels").path("en").path("value").asText()).as("another user's label stays")
                .isEqualTo("The Night Watch");
        // a creator the record names only by VIAF and ULAN ids is found on the wiki by them
        assertThat(values(wiki.entity(states.get(URIS.object("NL-AmRM/lido/RP-T-1930-52")).remoteId()), "P170"))
                .containsExactly(REMBRANDT);
        try (ObjectStore store = ObjectStore.open(data)) {
            synced.forEach(r -> assertSentAsItem(store, r));
            assertThat(store.graph(URIS.object("SK-C-5")).contains(NodeFactory.createURI("https://en.wikipedia.org/wiki/The_Night_Watch"),
                    NodeFactory.createURI("http://schema.org/about"), item(NIGHT_WATCH))).as("its Wikipedia article too").isTrue();
        }

        // under the POSIX locale, as cron and many servers run it: names like "Hammershøi" still come out whole
        Cli.Result status = Cli.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Cli.JAR.toString(), "status", "--data", data.toString(), "--problems", "50"), Map.of("LC_ALL", "C", "LANG", "C"));
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).contains(String.format("wikidata      pending 0  synced %d  failed 1  skipped 0  needs review %d  "
                + "deleted 0", synced.size(), review.size()))
                .containsPattern("FAILED       " + Pattern.quote(FIRST_SENT) + "\n      1 attempt, next [-0-9]+ [:0-9]+: \\[maxlag] ");
        // each item for review with its reason, in UTF-8 whatever the locale
        assertThat(review).anySatisfy(r -> assertThat(r.reason()).contains("Hammershøi"));
        assertThat(review).allSatisfy(r -> assertThat(status.out()).contains("NEEDS_REVIEW " + r.object() + "\n      " + r.reason()));

        // the next pass: nothing changed, and the failed item's retry is not due yet
        long edits = wiki.count("wbeditentity");
        int requests = wiki.calls().size();
        Cli.Result second = sync();
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains(String.format("wikidata: %d examined, %d unchanged, 0 pushed, 0 skipped, 0 failed, "
                + "0 for review, 0 deleted in ", states.size(), states.size()));
        assertThat(wiki.count("wbeditentity")).as("no writes").isEqualTo(edits);
        // only the login: no lookup or search about any object
        assertThat(wiki.calls().subList(requests, wiki.calls().size())).isNotEmpty().allSatisfy(c -> {
            assertThat(c.action()).isIn("login", "query");
            assertThat(c.params()).doesNotContainKey("list");
        });
        assertThat(states()).isEqualTo(states);

        // the operator retries it from the dashboard; the server meanwhile serves the items' QIDs as links
        SyncRecord created = synced.stream().filter(r -> !r.remoteId().equals(NIGHT_WATCH)).findFirst().orElseThrow();
        Path users = Files.writeString(dir.resolve("passwd"), "curator: curator-secret\n");
        Served served = Served.start(DASHBOARD, "serve", "--config", config.toString(), "--data", data.toString(),
                "--port", "0", "--passwd", users.toString());
        try {
            String page = served.url + created.object().substring(URIS.base().length()) + ".ttl";
            assertThat(turtle(page).contains(NodeFactory.createURI(created.object()), LA.equivalent, item(created.remoteId())))
                    .as(page).isTrue();
            HttpResponse<String> retry = HTTP.send(HttpRequest.newBuilder(URI.create(served.url + "dashboard/api/retry"))
                    .header("Content-Type", "application/json").header("Authorization", basic("curator", "curator-secret"))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("target", "wikidata")
                            .put("object", FIRST_SENT).toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
            assertThat(JSON.readTree(retry.body()).get("state").asText()).isEqualTo("PENDING");
        } finally {
            served.process.destroy();
            assertThat(served.process.waitFor(30, TimeUnit.SECONDS)).as("glam serve stops on SIGTERM").isTrue();
        }
        assertThat(served.printed()).doesNotContain(PASSWORD);

        Cli.Result retried = sync();
        assertThat(retried.exit()).as(retried.err()).isZero();
        assertThat(retried.out()).contains(String.format("wikidata: %d examined, %d unchanged, 1 pushed, 0 skipped, 0 failed, "
                + "0 for review, 0 deleted in ", states.size(), states.size() - 1));
        assertThat(wiki.count("wbeditentity")).isEqualTo(edits + 1);
        SyncRecord now = states().get(FIRST_SENT);
        assertThat(now.state()).isEqualTo(ItemState.SYNCED);
        assertThat(items).doesNotContain(now.remoteId());
        try (ObjectStore store = ObjectStore.open(data)) {
            assertSentAsItem(store, now);
        }

        // the wiki knew who edited and how to reach them on every request, and the bot logged in with its password
        assertThat(wiki.calls()).allSatisfy(c -> assertThat(c.userAgent()).startsWith("glam-lod/").contains("(" + CONTACT + ")"));
        assertThat(wiki.calls()).filteredOn(c -> c.action().equals("login")).hasSize(3)
                .allSatisfy(c -> assertThat(c.params()).containsEntry("lgname", BOT).containsEntry("lgpassword", PASSWORD));
        // maxlag on every request, as Wikimedia asks of bots: held back while the wiki's replicas lag
        assertThat(wiki.calls()).extracting(c -> c.params().get("maxlag")).hasSizeGreaterThan(SENDABLE.size()).containsOnly("5");
    }

    /** A real pass, as configured. */
    private Cli.Result sync() throws IOException, InterruptedException {
        return glam("sync", "wikidata", "--config", config.toString(), "--data", data.toString());
    }

    /** Runs glam from the jar; nothing it prints may hold the bot password. */
    private static Cli.Result glam(String... args) throws IOException, InterruptedException {
        Cli.Result r = Cli.jar(args);
        assertThat(r.out() + r.err()).as("glam " + String.join(" ", args) + " printed the bot password").doesNotContain(PASSWORD);
        return r;
    }

    /** The object's item says what an artwork's item must, and its QID is written back into the object's graph. */
    private void assertSentAsItem(ObjectStore store, SyncRecord r) {
        JsonNode item = wiki.entity(r.remoteId());
        Graph graph = store.graph(r.object());
        assertThat(values(item, "P31")).as(r.object()).isNotEmpty();
        assertThat(values(item, "P195")).as(r.object()).contains(COLLECTION);
        assertThat(values(item, "P217")).as(r.object()).singleElement().satisfies(number -> assertThat(
                graph.find(null, null, NodeFactory.createLiteralString(number)).hasNext())
                .as(r.object() + ": its inventory number " + number + " is in its graph").isTrue());
        assertThat(graph.contains(NodeFactory.createURI(r.object()), LA.equivalent, item(r.remoteId()))).as(r.object()).isTrue();
    }

    /** The Wikidata sync state of every object, from the job database glam left behind. */
    private Map<String, SyncRecord> states() {
        Map<String, SyncRecord> out = new LinkedHashMap<>();
        try (JobDatabase db = JobDatabase.open(JobDatabase.Settings.embedded(data))) {
            SyncStates states = new SyncStates(db);
            for (List<SyncRecord> page = states.page("wikidata", null, 100); !page.isEmpty();
                 page = states.page("wikidata", page.get(page.size() - 1).object(), 100))
                page.forEach(r -> out.put(r.object(), r));
        }
        return out;
    }

    private static List<SyncRecord> inState(Map<String, SyncRecord> states, ItemState state) {
        return states.values().stream().filter(r -> r.state() == state).toList();
    }

    private int objects() {
        try (ObjectStore store = ObjectStore.open(data)) {
            return store.graphNames().size();
        }
    }

    private static Node item(String qid) {
        return NodeFactory.createURI(ENTITY + qid);
    }

    /** The main values of a property's statements: strings as they are, items by id. */
    private static List<String> values(JsonNode entity, String property) {
        List<String> out = new ArrayList<>();
        for (JsonNode st : entity.path("claims").path(property)) {
            JsonNode v = st.path("mainsnak").path("datavalue").path("value");
            out.add(v.isObject() ? v.path("id").asText() : v.asText());
        }
        return out;
    }

    private static Graph turtle(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        return g;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
