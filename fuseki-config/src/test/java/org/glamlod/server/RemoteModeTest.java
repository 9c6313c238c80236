package org.glamlod.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.glamlod.dumps.DumpsPart;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.pages.LinkedDataPart;
import org.glamlod.server.sparql.SparqlPart;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.ObjectStore;
import org.glamlod.store.RemoteStore;
import org.glamlod.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote mode against a second Fuseki, started from the assembler file a museum would give its own triple-store
 * machine: loads, changes and deletes go over SPARQL Update, reads over the SPARQL Protocol and the Graph Store
 * Protocol, and glam's public server answers from that store.
 */
class RemoteModeTest {
    private static final String USER = "glam";
    private static final String PASSWORD = "remote-secret-7";
    private final UriScheme uris = new UriScheme(SampleCollection.BASE_URI);
    private final ObjectGraphWriter writer = new ObjectGraphWriter(uris);
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private FusekiServer fuseki;
    private RemoteStore.Settings settings;

    @BeforeEach
    void startTheStoreMachine() throws IOException {
        Path storeData = Files.createDirectories(dir.resolve("store-machine"));
        Path config = storeData.resolve("glam.ttl");
        try (InputStream in = RemoteModeTest.class.getResourceAsStream("/fuseki/glam.ttl")) {
            Files.copy(in, config);
        }
        Path passwd = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        fuseki = FusekiServer.create().port(0).loopback(true).passwordFile(passwd.toString())
                .parseConfigFile(config.toString()).build().start();
        settings = RemoteStore.Settings.of(fuseki.datasetURL("glam")).withLogin(USER, PASSWORD);
    }

    @AfterEach
    void stop() {
        fuseki.stop();
    }

    private ObjectLoader.Summary load(Store store, List<HumanMadeObject> objects, boolean complete) {
        try (ObjectLoader loader = new ObjectLoader(store, "samples", 4)) {
            objects.forEach(o -> loader.put(uris.object(o.id()), writer.graph(o)));
            return loader.finish(complete);
        }
    }

    @Test
    void loadsChangesAndDeletionsRoundTripThroughTheRemoteStore() {
        List<HumanMadeObject> samples = SampleCollection.all();
        long localQuads;
        try (ObjectStore local = ObjectStore.open(dir.resolve("local"))) {
            load(local, samples, true);
            localQuads = local.quadCount();
        }
        try (RemoteStore store = RemoteStore.connect(settings)) {
            assertThat(store.isEmpty()).isTrue();
            ObjectLoader.Summary first = load(store, samples, true);
            assertThat(first.created()).isEqualTo(samples.size());
            assertThat(first.bulk()).as("the bulk loader is for an embedded TDB2 only").isFalse();
            assertThat(store.graphNames()).containsExactlyElementsOf(
                    samples.stream().map(o -> uris.object(o.id())).sorted().toList());
            assertThat(store.quadCount()).as("the same quads as the embedded store holds").isEqualTo(localQuads);
            for (HumanMadeObject o : samples)
                assertThat(IsoMatcher.isomorphic(store.graph(uris.object(o.id())), writer.graph(o))).as(o.id()).isTrue();
            assertThat(store.graph(uris.object("no-such-object")).isEmpty()).isTrue();

            ObjectLoader.Summary again = load(store, samples, true);
            assertThat(again.unchanged()).as("unchanged objects write nothing").isEqualTo(samples.size());
            assertThat(again.created() + again.updated() + again.deleted()).isZero();

            // one object changes its title (its decimal dimensions must not pile up on replace), and one goes
            Graph renamed = writer.graph(samples.stream().filter(o -> o.id().equals("SK-C-5")).findFirst().orElseThrow());
            Triple title = renamed.find().filterKeep(t -> t.getObject().isLiteral()
                    && t.getObject().getLiteralLexicalForm().equals("De Nachtwacht")).next();
            renamed.delete(title);
            renamed.add(Triple.create(title.getSubject(), title.getPredicate(),
                    NodeFactory.createLiteral("Schuttersmaaltijd zonder einde", title.getObject().getLiteralLanguage())));
            ObjectLoader.Summary third;
            try (ObjectLoader loader = new ObjectLoader(store, "samples", 4)) {
                samples.stream().filter(o -> !o.id().equals("2003.9")).forEach(o -> loader.put(uris.object(o.id()),
                        o.id().equals("SK-C-5") ? renamed : writer.graph(o)));
                third = loader.finish(true);
            }
            assertThat(third.updated()).isEqualTo(1);
            assertThat(third.deleted()).isEqualTo(1);
            assertThat(IsoMatcher.isomorphic(store.graph(uris.object("SK-C-5")), renamed)).isTrue();
            assertThat(store.graphNames()).doesNotContain(uris.object("2003.9"));
            Store.Entry gone = store.entries(List.of(uris.object("2003.9"))).get(uris.object("2003.9"));
            assertThat(gone.isDeleted()).isTrue();
            assertThat(gone.fingerprint()).isNull();
            assertThat(store.liveObjects("samples")).hasSize(samples.size() - 1).doesNotContain(uris.object("2003.9"));

            // the store's text index followed the writes
            assertThat(hits(store, "Schuttersmaaltijd")).containsExactly(uris.object("SK-C-5"));
            assertThat(hits(store, "Nachtwacht")).isEmpty();
            // and the bookkeeping stays out of scholars' queries
            assertThat(store.select("SELECT * WHERE { ?s <urn:glamlod:state#fingerprint> ?f }", Duration.ofSeconds(5), s -> s))
                    .isEmpty();
        }
    }

    @Test
    void linksFromSyncTargetsOutliveReingestsInTheRemoteStore() {
        try (RemoteStore store = RemoteStore.connect(settings)) {
            linksOutliveReingests(store);
        }
    }

    @Test
    void linksFromSyncTargetsOutliveReingestsInTheEmbeddedStore() {
        try (ObjectStore store = ObjectStore.open(dir.resolve("local"))) {
            linksOutliveReingests(store);
        }
    }

    /** The same contract for both kinds of store. */
    private void linksOutliveReingests(Store store) {
        List<HumanMadeObject> samples = SampleCollection.all();
        load(store, samples, true);
        String nightWatch = uris.object("SK-C-5");
        Node object = NodeFactory.createURI(nightWatch);
        Node equivalent = NodeFactory.createURI("https://linked.art/ns/terms/equivalent");
        Triple q1 = Triple.create(object, equivalent, NodeFactory.createURI("http://www.wikidata.org/entity/Q1"));
        Triple q2 = Triple.create(object, equivalent, NodeFactory.createURI("http://www.wikidata.org/entity/Q2"));
        // the record itself names its Wikidata item: a target that says the same must not take it away later
        Triple fromSource = Triple.create(object, equivalent, NodeFactory.createURI("http://www.wikidata.org/entity/Q219831"));
        assertThat(store.graph(nightWatch).contains(fromSource)).isTrue();
        String fingerprint = store.entries(List.of(nightWatch)).get(nightWatch).fingerprint();

        assertThat(store.putLinks(nightWatch, "wikidata", graphOf(q1))).isTrue();
        assertThat(store.graph(nightWatch).contains(q1)).isTrue();
        assertThat(store.ask("ASK { " + NodeFmtLib.str(q1) + " }")).as("scholars' queries see it").isTrue();
        assertThat(store.entries(List.of(nightWatch)).get(nightWatch).fingerprint()).isEqualTo(fingerprint);

        assertThat(load(store, samples, true).unchanged()).as("links are no change of the source").isEqualTo(samples.size());
        Graph changed = writer.graph(samples.stream().filter(o -> o.id().equals("SK-C-5")).findFirst().orElseThrow());
        changed.add(Triple.create(object, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#comment"),
                NodeFactory.createLiteralString("re-catalogued")));
        try (ObjectLoader loader = new ObjectLoader(store, "samples", 4)) {
            samples.forEach(o -> loader.put(uris.object(o.id()), o.id().equals("SK-C-5") ? changed : writer.graph(o)));
            assertThat(loader.finish(true).updated()).isEqualTo(1);
        }
        assertThat(store.graph(nightWatch).contains(q1)).as("put back when the ingest replaced the graph").isTrue();

        assertThat(store.putLinks(nightWatch, "wikidata", graphOf(q2))).isTrue();
        assertThat(store.graph(nightWatch).contains(q1)).isFalse();
        assertThat(store.graph(nightWatch).contains(q2)).isTrue();
        assertThat(store.putLinks(nightWatch, "wikidata", graphOf(fromSource))).isTrue();
        assertThat(store.graph(nightWatch).contains(q2)).isFalse();
        assertThat(store.putLinks(nightWatch, "wikidata", graphOf())).isTrue();
        assertThat(store.graph(nightWatch).contains(fromSource)).isTrue();
        assertThat(IsoMatcher.isomorphic(store.graph(nightWatch), changed)).as("nothing else touched").isTrue();

        assertThat(store.putLinks(uris.object("no-such-object"), "wikidata", graphOf(q1))).isFalse();
        assertThat(store.graph(uris.object("no-such-object")).isEmpty()).isTrue();
    }

    private static Graph graphOf(Triple... triples) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple t : triples) g.add(t);
        return g;
    }

    private static List<String> hits(Store store, String word) {
        return store.select("PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?g WHERE { (?s ?score ?lit ?g) text:query \""
                + word + "\" }", Duration.ofSeconds(5), s -> s.getResource("g").getURI());
    }

    @Test
    void writesWithoutTheStoresCredentialsAreRefusedSayingWhatToCheck() {
        try (RemoteStore reader = RemoteStore.connect(RemoteStore.Settings.of(settings.endpoint()))) {
            assertThatThrownBy(() -> load(reader, SampleCollection.all(), false))
                    .isInstanceOf(Store.StoreException.class)
                    .hasMessageContaining("HTTP 401").hasMessageContaining("store.user");
            assertThat(reader.graphNames()).isEmpty();
        }
        try (RemoteStore wrong = RemoteStore.connect(RemoteStore.Settings.of(settings.endpoint()).withLogin(USER, "guess"))) {
            assertThatThrownBy(() -> load(wrong, SampleCollection.all(), false)).hasMessageContaining("store.password-file");
        }
    }

    @Test
    void anAddressWhereNoStoreAnswersFailsAtOnceSayingSo() {
        String nowhere = "http://127.0.0.1:" + (fuseki.getPort() == 1 ? 2 : 1) + "/glam";
        assertThatThrownBy(() -> RemoteStore.connect(RemoteStore.Settings.of(nowhere)))
                .isInstanceOf(Store.StoreException.class)
                .hasMessageContaining(nowhere).hasMessageContaining("is it running");
        assertThat(settings.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void theServerPublishesWhatTheRemoteStoreHolds() throws Exception {
        try (RemoteStore store = RemoteStore.connect(settings)) {
            load(store, SampleCollection.all(), true);
            ServerContext context = new ServerContext(store, uris, dir.resolve("server"), "Example Museum of Art",
                    Duration.ofSeconds(10), null);
            try (GlamServer server = new GlamServer(context, GlamServer.LOOPBACK, 0,
                    List.of(new SparqlPart(), new LinkedDataPart(), new DumpsPart())).start()) {
                String base = server.url();
                HttpResponse<String> page = get(base + "object/SK-C-5", "text/html");
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("Nachtwacht");
                HttpResponse<String> turtle = get(base + "object/SK-C-5", "text/turtle");
                assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));

                String query = "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a <http://www.cidoc-crm.org/cidoc-crm/E22_Human-Made_Object> ; "
                        + "<http://www.cidoc-crm.org/cidoc-crm/P1_is_identified_by> ?id }";
                HttpResponse<String> rows = get(base + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                        "text/csv");
                assertThat(rows.statusCode()).isEqualTo(200);
                assertThat(rows.body().lines().toList()).containsExactly("n", Integer.toString(SampleCollection.all().size()));
                HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "sparql"))
                        .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(posted.statusCode()).isEqualTo(200);
                assertThat(posted.body()).containsPattern("\"value\"\\s*:\\s*\"" + SampleCollection.all().size() + "\"");
                assertThat(posted.headers().firstValue("Access-Control-Allow-Origin")).isPresent();

                HttpResponse<String> search = get(base + "search?q=Nachtwacht", "text/html");
                assertThat(search.body()).contains("/object/SK-C-5");
                assertThat(get(base + "sitemap.xml", "application/xml").body()).contains(base + "object/SK-C-5");

                HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base + "update"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(update.statusCode()).isEqualTo(403);
                assertThat(update.body()).contains(settings.endpoint());
                assertThat(store.graphNames()).hasSize(SampleCollection.all().size());
            }
        }
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
