package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.ObjectGraphReader;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glam demo} and {@code glam validate} from the shaded jar, checked against the store they leave behind. */
class DemoEndToEndTest {
    @Test
    void demoLoadsTheSamplesAndValidateReportsTheUnpublishableOne(@TempDir Path data) throws Exception {
        Cli.Result demo = Cli.jar("demo", "--no-serve", "--data", data.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("sample collection 11 objects: 11 new").contains("glam validate")
                .containsPattern("smithsonian-edan +10 records: 8 new, 0 changed, 0 unchanged, 2 rejected")
                .containsPattern("smk +\\d+ records: \\d+ new").containsPattern("lido +\\d+ records: \\d+ new")
                .containsPattern("csv +\\d+ records: \\d+ new");
        assertThat(data.resolve("reports/demo-smk.jsonl")).isNotEmptyFile();

        // the store holds every sample of the collection exactly as the model has it, and the ingested records
        UriScheme uris = new UriScheme(SampleCollection.BASE_URI);
        int objects;
        try (ObjectStore store = ObjectStore.open(data)) {
            for (HumanMadeObject o : SampleCollection.all())
                assertThat(new ObjectGraphReader(uris).read(store.graph(uris.object(o.id())), o.id())).isEqualTo(o);
            assertThat(store.graphNames()).contains(uris.object("KMS3716"), uris.object("SK-A-2344"));
            objects = store.graphNames().size();
        }
        assertThat(objects).isGreaterThan(30);
        assertThat(demo.out()).contains("(" + objects + " object graphs");
        // one Linked Art document per object
        JsonNode doc = new ObjectMapper().readTree(data.resolve("linked-art/SK-C-5.json").toFile());
        assertThat(doc.get("id").asText()).isEqualTo(uris.object("SK-C-5"));
        assertThat(doc.get("_label").asText()).isEqualTo("The Night Watch");
        try (var files = Files.list(data.resolve("linked-art"))) {
            assertThat(files.count()).isEqualTo(objects);
        }

        // running it again writes nothing new
        Cli.Result again = Cli.jar("demo", "--no-serve", "--data", data.toString());
        assertThat(again.out()).contains("sample collection 11 objects: 0 new, 0 changed, 11 unchanged")
                .containsPattern("smithsonian-edan +10 records: 0 new, 0 changed, 8 unchanged");
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.graphNames()).hasSize(objects);
        }

        Cli.Result validate = Cli.jar("validate", "--data", data.toString());
        assertThat(validate.exit()).as("exit 3: violations").isEqualTo(3);
        assertThat(validate.out()).contains(objects + " objects checked").contains("object/2003.9: image/1/file");
    }

    /** Without --no-serve the demo serves what it loaded until stopped: pages and SPARQL answer. */
    @Test
    void demoServesWhatItLoaded(@TempDir Path data) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Cli.JAR.toString(), "demo", "--port", "0", "--data", data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            String url = null;
            for (String line; url == null && (line = lines.readLine()) != null; )
                if (line.startsWith("Serving the demo at ")) url = line.substring("Serving the demo at ".length()).strip();
            assertThat(url).as("the demo says where it serves").startsWith("http://127.0.0.1:");
            var http = java.net.http.HttpClient.newHttpClient();
            var home = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Example Museum of Art");
            var ask = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "sparql?query="
                    + java.net.URLEncoder.encode("ASK { ?o a <http://www.cidoc-crm.org/cidoc-crm/E22_Human-Made_Object> }",
                    java.nio.charset.StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(ask.body()).contains("true");
            // the scheduler runs the Wikidata sync at once, as an offline dry run: a report, nothing sent
            Path report = null;
            for (long end = System.nanoTime() + 60_000_000_000L; report == null && System.nanoTime() < end; Thread.sleep(200)) {
                try (var files = java.nio.file.Files.list(data.resolve("reports"))) {
                    report = files.filter(f -> f.getFileName().toString().matches("sync-wikidata-dry-run-\\d{8}-\\d{6}\\.md"))
                            .findFirst().orElse(null);
                }
            }
            assertThat(report).as("the demo's sync dry-run report within a minute").isNotNull();
            assertThat(java.nio.file.Files.readString(report)).contains("Offline: no request was made")
                    .contains("## https://collection.example.org/object/SK-A-2344").contains("CREATE").contains("P217")
                    .contains("(dry run)");
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook stops the server and closes the store
            assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.graphNames()).as("the store was closed cleanly").isNotEmpty();
        }
    }

    @Test
    void validateWithoutAStoreSaysWhatToRunFirst(@TempDir Path empty) throws Exception {
        Cli.Result r = Cli.jar("validate", "--data", empty.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no store under").contains("glam demo").doesNotContain("Exception");
    }
}
