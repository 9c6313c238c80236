package org.glamlod.dumps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.glamlod.server.ServerContext;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The part in a real server on an ephemeral port, over HTTP. */
class DumpsPartTest {
    @TempDir
    Path data;
    private ObjectStore store;
    private FusekiServer server;
    private Manifest manifest;
    private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();

    @BeforeEach
    void start() {
        store = ObjectStore.open(data);
        Samples.load(store);
        manifest = new Dumps(store, data).publish(Dumps.Listener.NONE);
        server = start(new DumpsPart(new DumpsPart.Settings(Duration.ZERO, null, DumpsPart.CC0)));
    }

    private FusekiServer start(DumpsPart part) {
        FusekiServer.Builder builder = FusekiServer.create().port(0);
        part.install(builder, new ServerContext(store, Samples.URIS, data, "Example Museum", Duration.ofSeconds(30), null));
        return builder.build().start();
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        store.close();
    }

    private String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    private Response get(String path, String... headers) throws Exception {
        Request.Builder r = new Request.Builder().url(url(path));
        for (int i = 0; i < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
        return http.newCall(r.build()).execute();
    }

    @Test
    void listsTheDumpsAsJsonWithAbsoluteUrlsFromTheHostHeader() throws Exception {
        try (Response r = get("/dumps", "Accept", "application/json", "Host", "collection.example.org")) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            JsonNode json = new ObjectMapper().readTree(r.body().string());
            assertThat(json.get("description").asText()).isEqualTo("http://collection.example.org/void");
            assertThat(json.get("dumps")).hasSize(3);
            for (JsonNode d : json.get("dumps")) {
                DumpFile file = manifest.dump(d.get("file").asText()).orElseThrow();
                assertThat(d.get("url").asText()).isEqualTo("http://collection.example.org/dumps/" + file.file());
                assertThat(d.get("bytes").asLong()).isEqualTo(file.bytes());
                assertThat(d.get("count").asLong()).isEqualTo(file.count());
                assertThat(d.get("created").asText()).isEqualTo(file.created());
            }
        }
        try (Response r = get("/dumps/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8", "X-Forwarded-Proto", "https")) {
            assertThat(r.header("Content-Type")).startsWith("text/html");
            String html = r.body().string();
            assertThat(html).contains("https://localhost:" + server.getPort() + "/dumps/collection.nq.gz")
                    .contains(String.format("%,d quads", manifest.dump(DumpFormat.NQUADS).orElseThrow().count()));
        }
    }

    @Test
    void servesADumpWithLengthDateAndValidators() throws Exception {
        Path file = data.resolve("dumps").resolve(DumpFormat.NQUADS.file());
        String etag;
        try (Response r = get("/dumps/collection.nq.gz")) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).isEqualTo("application/gzip");
            assertThat(r.header("Content-Length")).isEqualTo(Long.toString(Files.size(file)));
            assertThat(r.header("Content-Encoding")).isNull();
            assertThat(r.headers().getDate("Last-Modified")).isNotNull();
            etag = r.header("ETag");
            assertThat(etag).isNotBlank();
            assertThat(r.body().bytes()).isEqualTo(Files.readAllBytes(file));
        }
        try (Response r = get("/dumps/collection.nq.gz", "If-None-Match", etag)) {
            assertThat(r.code()).isEqualTo(304);
        }
        try (Response r = http.newCall(new Request.Builder().url(url("/dumps/collection.ttl.gz")).head().build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Length")).isEqualTo(Long.toString(manifest.dump(DumpFormat.TURTLE).orElseThrow().bytes()));
        }
        for (String missing : List.of("/dumps/manifest.json", "/dumps/nothing.gz", "/dumps/%2e%2e/tdb2/tdb.lock"))
            try (Response r = get(missing)) {
                assertThat(r.code()).as(missing).isIn(400, 404);
            }
    }

    @Test
    void describesTheDatasetInEachFormatAndWellKnownRedirects() throws Exception {
        Model turtle = null;
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES)) {
            try (Response r = get("/void", "Accept", lang.getHeaderString(), "Host", "data.example.museum")) {
                assertThat(r.code()).isEqualTo(200);
                assertThat(r.header("Content-Type")).startsWith(lang.getHeaderString());
                Model m = ModelFactory.createDefaultModel();
                RDFParser.fromString(r.body().string(), lang).parse(m);
                var ds = m.getResource("http://data.example.museum/void#dataset");
                assertThat(ds.getProperty(VOID.triples).getLong()).isEqualTo(manifest.statistics().triples());
                assertThat(ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI()).isEqualTo("http://data.example.museum/sparql");
                assertThat(m.listObjectsOfProperty(ds, DCAT.distribution).toList()).hasSize(3);
                if (turtle == null) turtle = m;
                else assertThat(m.isIsomorphicWith(turtle)).as(lang.getName()).isTrue();
            }
        }
        try (Response r = get("/void", "Accept", "image/png")) {
            assertThat(r.header("Content-Type")).as("nothing we have: Turtle").startsWith("text/turtle");
        }
        try (Response r = get("/.well-known/void", "Host", "data.example.museum")) {
            assertThat(r.code()).isEqualTo(303);
            assertThat(r.header("Location")).isEqualTo("http://data.example.museum/void");
        }
    }

    @Test
    void servesTheSitemap() throws Exception {
        try (Response r = get("/sitemap.xml")) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("application/xml");
            var urls = SitemapTest.locs(SitemapTest.parse(r.body().string()), "url");
            assertThat(urls).hasSize(store.graphNames().size())
                    .allMatch(u -> u.startsWith("http://localhost:" + server.getPort() + "/object/"));
        }
        try (Response r = get("/sitemaps/2.xml")) {
            assertThat(r.code()).as("one file is enough for the samples").isEqualTo(404);
        }
    }

    @Test
    void aConfiguredAddressWinsOverTheRequest() throws Exception {
        server.stop();
        server = start(new DumpsPart(new DumpsPart.Settings(Duration.ZERO, "https://collection.example.org/", DumpsPart.CC0)));
        try (Response r = get("/.well-known/void", "Host", "elsewhere.example")) {
            assertThat(r.header("Location")).isEqualTo("https://collection.example.org/void");
        }
    }

    @Test
    void whenScheduledTheServerMakesDumpsAtStartAndStopsWithTheServer(@TempDir Path other) throws Exception {
        server.stop();
        store.close();
        store = ObjectStore.open(other);
        Samples.load(store);
        ServerContext context = new ServerContext(store, Samples.URIS, other, "Example Museum", Duration.ofSeconds(30), null);
        FusekiServer.Builder builder = FusekiServer.create().port(0);
        new DumpsPart(DumpsPart.Settings.defaults()).install(builder, context);
        server = builder.build().start();
        Dumps dumps = new Dumps(store, other);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (dumps.manifest().isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(dumps.manifest()).as("made at start, without waiting a day").isPresent();
        try (Response r = get("/dumps", "Accept", "application/json")) {
            assertThat(new ObjectMapper().readTree(r.body().string()).get("dumps")).hasSize(3);
        }
        server.stop();
        server = null;
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("glam-dumps") && t.isAlive());
    }
}
