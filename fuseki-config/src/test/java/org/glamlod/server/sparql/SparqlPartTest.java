package org.glamlod.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glamlod.server.sparql.Http.PREFIXES;
import static org.glamlod.server.sparql.Http.URIS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.graph.GraphFactory;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.server.GlamServer;
import org.glamlod.server.sparql.Http.Reply;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPARQL service over HTTP, on a store holding the sample collection, with a user allowed to write. */
class SparqlPartTest {
    private static final String USER = "curator";
    private static final String PASSWORD = "a long secret";
    private static final String NIGHT_WATCH = URIS.object("SK-C-5");
    private static final String COUNT_OBJECTS = "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a crm:E22_Human-Made_Object ; crm:P1_is_identified_by ?id }";

    @TempDir
    static Path dir;
    static ObjectStore store;
    static GlamServer server;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Path passwords = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        store = Http.sampleStore(dir.resolve("data"));
        server = Http.server(store, dir.resolve("data"), Duration.ofSeconds(30), passwords);
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json, \"value\"",
            "application/sparql-results+xml, application/sparql-results+xml, <literal",
            "text/csv, text/csv, n",
            "text/tab-separated-values, text/tab-separated-values, ?n"})
    void selectAnswersInEachResultFormatByAccept(String accept, String contentType, String marker) {
        Reply r = Http.query(server, COUNT_OBJECTS, accept);
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.contentType()).startsWith(contentType);
        assertThat(r.body()).contains(marker).contains(Integer.toString(SampleCollection.all().size()));
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json, true", "application/sparql-results+xml, <boolean>true</boolean>",
            "text/csv, true", "text/tab-separated-values, true"})
    void askAnswersInEachResultFormat(String accept, String marker) {
        Reply r = Http.query(server, "ASK { <" + NIGHT_WATCH + "> a crm:E22_Human-Made_Object }", accept);
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.contentType()).startsWith(accept);
        assertThat(r.body()).contains(marker);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void constructAndDescribeAnswerInEachRdfFormat(String accept) {
        for (String query : List.of("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + NIGHT_WATCH + "> { ?s ?p ?o } }",
                "DESCRIBE <" + NIGHT_WATCH + ">")) {
            Reply r = Http.query(server, query, accept);
            assertThat(r.code()).as(query).isEqualTo(200);
            assertThat(r.contentType()).startsWith(accept);
            Lang lang = RDFLanguages.contentTypeToLang(accept);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), lang).parse(g);
            assertThat(g.size()).as(query).isGreaterThan(10);
        }
    }

    @Test
    void postWithAFormAndWithAQueryBodyAnswerLikeGet() {
        Reply get = Http.query(server, COUNT_OBJECTS, "text/csv");
        Reply form = Http.postForm(base + "sparql", "query", PREFIXES + COUNT_OBJECTS, "text/csv", null, null);
        Reply body = Http.postBody(base + "sparql", "application/sparql-query", PREFIXES + COUNT_OBJECTS, "text/csv", null, null);
        assertThat(form.code()).isEqualTo(200);
        assertThat(body.code()).isEqualTo(200);
        assertThat(form.body()).isEqualTo(get.body());
        assertThat(body.body()).isEqualTo(get.body());
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheObjectGraphsAndHidesTheStoreBookkeeping() {
        assertThat(Http.query(server, COUNT_OBJECTS, "text/csv").body())
                .contains(Integer.toString(SampleCollection.all().size()));
        assertThat(Http.query(server, "ASK { ?s <urn:glamlod:state#fingerprint> ?f }", "text/csv").body()).contains("false");
    }

    @Test
    void textQueryFindsObjectsThroughTheGraphField() {
        Reply r = Http.query(server, "SELECT ?g WHERE { (?s ?score ?lit ?g) text:query (crm:P190_has_symbolic_content \"Nachtwacht\") }", "text/csv");
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.body()).contains(NIGHT_WATCH);
    }

    @Test
    void corsLetsOtherSitesReadInTheBrowser() {
        Reply get = Http.query(server, "ASK {}", "application/sparql-results+json");
        assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("*");
        Reply post = Http.postForm(base + "sparql", "query", "ASK {}", null, null, null);
        assertThat(post.header("Access-Control-Allow-Origin")).isEqualTo("*");

        Reply preflight = Http.call(new Request.Builder().url(base + "sparql").method("OPTIONS", null)
                .header("Origin", "https://scholar.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build());
        assertThat(preflight.code()).isBetween(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET", "POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("content-type");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void theQueryEndpointRefusesUpdates() {
        Reply r = Http.postBody(base + "sparql", "application/sparql-update", "CLEAR ALL", null, null, null);
        assertThat(r.code()).isBetween(400, 415);
        assertThat(Http.query(server, COUNT_OBJECTS, "text/csv").body()).contains(Integer.toString(SampleCollection.all().size()));
    }

    @Test
    void updatesNeedAUserFromThePasswordFile() {
        String object = URIS.object("added-by-update");
        String update = PREFIXES + "INSERT DATA { GRAPH <" + object + "> { <" + object + "> a crm:E22_Human-Made_Object ; "
                + "crm:P1_is_identified_by <" + object + "/name/1> . <" + object + "/name/1> crm:P190_has_symbolic_content \"Zeppelinhangar\" } }";

        Reply anonymous = Http.postForm(base + "update", "update", update, null, null, null);
        assertThat(anonymous.code()).isEqualTo(401);
        assertThat(Http.postForm(base + "update/", "update", update, null, null, null).code()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic").contains(SparqlPart.REALM);
        Reply wrong = Http.postForm(base + "update", "update", update, null, USER, "guess");
        assertThat(wrong.code()).isEqualTo(401);
        Reply unknown = Http.postForm(base + "update", "update", update, null, "mallory", PASSWORD);
        assertThat(unknown.code()).isEqualTo(401);
        assertThat(textHits("Zeppelinhangar")).isEmpty();

        Reply right = Http.postBody(base + "update", "application/sparql-update", update, null, USER, PASSWORD);
        assertThat(right.code()).isBetween(200, 204);
        assertThat(Http.query(server, "ASK { <" + object + "> a crm:E22_Human-Made_Object }", "text/csv").body()).contains("true");
        assertThat(textHits("Zeppelinhangar")).containsExactly(object);

        Reply delete = Http.postForm(base + "update", "update", "DROP GRAPH <" + object + ">", null, USER, PASSWORD);
        assertThat(delete.code()).isBetween(200, 204);
        assertThat(Http.query(server, "ASK { <" + object + "> ?p ?o }", "text/csv").body()).contains("false");
        assertThat(textHits("Zeppelinhangar")).as("the index follows a dropped graph").isEmpty();
    }

    @Test
    void graphStoreWritesNeedAUserAndKeepTheIndexRight() {
        String object = URIS.object("added-by-gsp");
        String url = base + "data?graph=" + URLEncoder.encode(object, StandardCharsets.UTF_8);
        String first = "<" + object + "> <http://www.cidoc-crm.org/cidoc-crm/P190_has_symbolic_content> \"Luftschiff\" .\n";
        String second = "<" + object + "> <http://www.cidoc-crm.org/cidoc-crm/P190_has_symbolic_content> \"Ballonfahrt\" .\n";

        assertThat(Http.send(url, "PUT", "application/n-triples", first, null, null, null).code()).isEqualTo(401);
        assertThat(Http.send(url, "POST", "application/n-triples", first, null, null, null).code()).isEqualTo(401);
        assertThat(Http.send(url, "DELETE", null, null, null, null, null).code()).isEqualTo(401);
        assertThat(Http.send(url, "PUT", "application/n-triples", first, null, USER, "guess").code()).isEqualTo(401);
        assertThat(Http.get(url, "application/n-triples").code()).isEqualTo(401);
        assertThat(Http.send(url.replace("/data?", "/data/?"), "PUT", "application/n-triples", first, null, null, null).code()).isEqualTo(401);

        assertThat(Http.send(url, "PUT", "application/n-triples", first, null, USER, PASSWORD).code()).isBetween(200, 204);
        assertThat(textHits("Luftschiff")).containsExactly(object);
        assertThat(Http.send(url, "PUT", "application/n-triples", second, null, USER, PASSWORD).code()).isBetween(200, 204);
        assertThat(textHits("Ballonfahrt")).containsExactly(object);
        assertThat(textHits("Luftschiff")).as("a replaced graph leaves the index").isEmpty();
        Reply read = Http.send(url, "GET", null, null, "application/n-triples", USER, PASSWORD);
        assertThat(read.body()).contains("Ballonfahrt");
        assertThat(Http.send(url, "DELETE", null, null, null, USER, PASSWORD).code()).isBetween(200, 204);
        assertThat(textHits("Ballonfahrt")).isEmpty();
    }

    @Test
    void noAdminFunctionsAndNoOtherPathIntoTheData() {
        for (String path : List.of("$/datasets", "$/server", "$/ping", "$/stats", "$/backup/sparql", "$/compact/sparql",
                "ds/sparql", "ds", "sparql/update", "sparql/data", "?query=ASK%7B%7D"))
            assertThat(Http.get(base + path, null).code()).as(path).isEqualTo(404);
        assertThat(Http.postForm(base + "$/datasets", "dbName", "x", null, null, null).code()).isEqualTo(404);
        assertThat(Http.postForm(base + "sparql/update", "update", "CLEAR ALL", null, null, null).code()).isEqualTo(404);
    }

    @Test
    void serviceCallsAreRefusedSoTheServerFetchesNoUrlAStrangerNames() {
        Reply r = Http.query(server, "SELECT * WHERE { SERVICE <" + base + "sparql> { ?s ?p ?o } } LIMIT 1", "text/csv");
        assertThat(r.code()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void theQueryPageAndItsExamplesAreServed() {
        Reply page = Http.get(base + "query", null);
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("query.js").doesNotContain("http://").doesNotContain("https://");
        assertThat(Http.get(base + "query/query.js", null).code()).isEqualTo(200);
        assertThat(Http.get(base + "query/query.css", null).code()).isEqualTo(200);
        assertThat(Http.get(base + "query/nothing-here", null).code()).isEqualTo(404);

        Reply json = Http.get(base + "query/examples.json", null);
        assertThat(json.code()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        var examples = JSON.parse(json.body()).get("examples").getAsArray();
        assertThat(examples.size()).isGreaterThanOrEqualTo(12);
        assertThat(examples.get(0).getAsObject().get("query").getAsString().value()).contains("SELECT");
    }

    @Test
    void askedNothingTheEndpointDescribesItselfAndSendsBrowsersToTheQueryPage() {
        Reply description = Http.get(base + "sparql", "text/turtle");
        assertThat(description.code()).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(description.body(), Lang.TURTLE).parse(g);
        assertThat(description.body()).contains("sd:UnionDefaultGraph", "formats:SPARQL_Results_JSON", "<" + base + "sparql>");
        assertThat(Http.get(base + "sparql", null).contentType()).startsWith("text/turtle");
        assertThat(Http.get(base + "sparql", "application/ld+json").contentType()).startsWith("application/ld+json");

        OkHttpClient noRedirects = Http.CLIENT.newBuilder().followRedirects(false).build();
        for (String path : List.of("sparql", "query/")) {
            try (Response r = noRedirects.newCall(new Request.Builder().url(base + path)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build()).execute()) {
                assertThat(r.code()).as(path).isIn(302, 303);
                assertThat(r.request().url().resolve(r.header("Location")).encodedPath()).isEqualTo("/query");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String> textHits(String word) {
        Reply r = Http.query(server, "SELECT DISTINCT ?g WHERE { (?s ?score ?lit ?g) text:query (crm:P190_has_symbolic_content \""
                + word + "\") } ORDER BY ?g", "text/csv");
        assertThat(r.code()).isEqualTo(200);
        return r.body().lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
