package org.glamlod.dumps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.glamlod.model.jsonld.LinkedArtJson;
import org.glamlod.model.jsonld.LocalContexts;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.ObjectStore;
import org.glamlod.store.StoreState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpsTest {
    @TempDir
    Path data;
    private ObjectStore store;
    private Dumps dumps;

    @BeforeEach
    void load() {
        store = ObjectStore.open(data);
        Samples.load(store);
        dumps = new Dumps(store, data);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void nquadsDumpReloadsIntoAFreshTdb2WithTheSameQuadsAndGraphsAndNoBookkeeping(@TempDir Path fresh) throws IOException {
        Manifest m = dumps.publish(Dumps.Listener.NONE);
        Path file = dumps.directory().resolve(DumpFormat.NQUADS.file());
        assertThat(Samples.count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s <"
                + StoreState.FINGERPRINT.getURI() + "> ?f } }")).as("the store does keep bookkeeping").isPositive();

        Dataset reloaded = TDB2Factory.connectDataset(fresh.toString());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            Txn.executeWrite(reloaded, () -> RDFParser.source(in).lang(Lang.NQUADS).parse(reloaded.asDatasetGraph()));
        }
        try {
            Txn.executeRead(reloaded, () -> {
                var dsg = reloaded.asDatasetGraph();
                assertThat(count(dsg.find())).as("all quads, the default graph included").isEqualTo(store.quadCount())
                        .isEqualTo(m.dump(DumpFormat.NQUADS).orElseThrow().count()).isEqualTo(m.store().quads());
                assertThat(dsg.getDefaultGraph().isEmpty()).as("no bookkeeping").isTrue();
                List<String> names = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
                assertThat(names).containsExactlyInAnyOrderElementsOf(store.graphNames());
                for (String name : names)
                    assertThat(dsg.getGraph(NodeFactory.createURI(name)).isIsomorphicWith(store.graph(name))).as(name).isTrue();
            });
        } finally {
            reloaded.close();
            TDBInternal.expel(reloaded.asDatasetGraph());
        }
    }

    @Test
    void turtleDumpIsTheUnionGraphWithEachTripleOnce() throws IOException {
        Manifest m = dumps.publish(Dumps.Listener.NONE);
        Graph parsed = GraphFactory.createGraphMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dumps.directory().resolve(DumpFormat.TURTLE.file())))) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(parsed);
        }
        long distinct = Samples.count(store,
                "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }");
        assertThat(distinct).as("objects share agents and concepts").isLessThan(store.quadCount());
        assertThat((long) parsed.size()).isEqualTo(distinct).isEqualTo(m.dump(DumpFormat.TURTLE).orElseThrow().count())
                .isEqualTo(m.statistics().triples());
        Graph union = Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createGraphMem();
            store.dataset().asDatasetGraph().getUnionGraph().find().forEach(g::add);
            return g;
        });
        assertThat(parsed.isIsomorphicWith(union)).isTrue();
        assertThat(m.statistics().subjects()).isEqualTo(Samples.count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"));
        String e22 = "http://www.cidoc-crm.org/cidoc-crm/E22_Human-Made_Object";
        assertThat(m.statistics().classes().get(e22))
                .isEqualTo(Samples.count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + e22 + "> }"));
    }

    @Test
    void linkedArtDumpHasOneValidDocumentPerObject() throws IOException {
        Manifest m = dumps.publish(Dumps.Listener.NONE);
        List<String> lines = lines(dumps.directory().resolve(DumpFormat.LINKED_ART.file()));
        List<String> names = store.graphNames();
        assertThat(lines).hasSize(names.size());
        assertThat(m.dump(DumpFormat.LINKED_ART).orElseThrow().count()).isEqualTo(names.size());
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            JsonNode doc = json.readTree(line);
            String id = doc.get("id").asText();
            ids.add(id);
            assertThat(doc.get("@context").asText()).isEqualTo(LinkedArtJson.CONTEXT_URL);
            String projected = Dumps.JSON_LINE.writeValueAsString(LinkedArtJson.toJson(store.graph(id), NodeFactory.createURI(id)));
            assertThat(line).as(id).isEqualTo(projected);
            Graph g = LocalContexts.linkedArt().parse(line);
            assertThat(g.contains(NodeFactory.createURI(id), Node.ANY, Node.ANY)).as("JSON-LD about " + id).isTrue();
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void anObjectLinkedArtCannotSayIsLeftOutAndCounted() throws IOException {
        String odd = Samples.URIS.object("odd");
        Graph g = GraphFactory.createGraphMem();
        g.add(NodeFactory.createURI(odd), NodeFactory.createURI("http://example.org/unmapped"), NodeFactory.createLiteralString("x"));
        try (ObjectLoader loader = new ObjectLoader(store, "other", 10)) {
            loader.put(odd, g);
            loader.finish(false);
        }
        DumpFile file = dumps.export(DumpFormat.LINKED_ART, data.resolve("la.jsonl"), Dumps.Listener.NONE);
        assertThat(file.skipped()).isEqualTo(1);
        assertThat(file.count()).isEqualTo(store.graphNames().size() - 1);
        assertThat(lines(data.resolve("la.jsonl"))).hasSize((int) file.count()).noneMatch(l -> l.contains(odd));
    }

    @Test
    void theManifestDescribesTheFilesAndTheStoreTheyCameFrom() throws Exception {
        Manifest m = dumps.publish(Dumps.Listener.NONE);
        assertThat(dumps.manifest()).contains(m);
        assertThat(m.store()).isEqualTo(StoreFingerprint.of(store));
        assertThat(m.store().objects()).isEqualTo(Samples.objects().size());
        assertThat(m.examples()).hasSize(3).allMatch(store.graphNames()::contains);
        assertThat(m.dumps()).extracting(DumpFile::format).containsExactly("nquads", "turtle", "linked-art");
        for (DumpFile d : m.dumps()) {
            Path f = dumps.directory().resolve(d.file());
            assertThat(d.bytes()).isEqualTo(Files.size(f));
            assertThat(d.sha256()).isEqualTo(HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            assertThat(d.compression()).isEqualTo("gzip");
        }
        // published files are readable by whoever may read an ordinary new file there (a web server, a backup)
        Path ordinary = Files.writeString(data.resolve("ordinary"), "");
        for (DumpFile d : m.dumps())
            assertThat(Files.getPosixFilePermissions(dumps.directory().resolve(d.file())))
                    .isEqualTo(Files.getPosixFilePermissions(ordinary));
        try (Stream<Path> files = Files.list(dumps.directory())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "collection.nq.gz", "collection.ttl.gz", "collection-linked-art.jsonl.gz", "manifest.json");
        }
    }

    @Test
    void aDumpThatFailsLeavesThePublishedOneInPlaceAndNoTemporaryFile() throws IOException {
        Manifest m = dumps.publish(Dumps.Listener.NONE);
        Path published = dumps.directory().resolve(DumpFormat.NQUADS.file());
        byte[] before = Files.readAllBytes(published);
        Dumps.Listener failing = new Dumps.Listener() {
            @Override
            public void progress(long done) {
                throw new IllegalStateException("disk on fire");
            }
        };
        assertThatThrownBy(() -> dumps.export(DumpFormat.NQUADS, published, failing)).hasMessageContaining("disk on fire");
        assertThat(Files.readAllBytes(published)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dumps.directory())) {
            assertThat(files).hasSize(m.dumps().size() + 1);
        }
        // and the store is fine for the next reader
        assertThat(store.quadCount()).isEqualTo(m.store().quads());
    }

    @Test
    void exportWritesPlainTextUnlessTheNameEndsInGz() throws IOException {
        DumpFile plain = dumps.export(DumpFormat.TURTLE, data.resolve("out/union.ttl"), Dumps.Listener.NONE);
        assertThat(plain.compression()).isEqualTo("none");
        Graph g = GraphFactory.createGraphMem();
        RDFParser.source(data.resolve("out/union.ttl")).lang(Lang.TURTLE).parse(g);
        assertThat((long) g.size()).isEqualTo(plain.count()).isPositive();
        assertThat(Files.readString(data.resolve("out/union.ttl"))).contains("PREFIX crm:");
        DumpFile gz = dumps.export(DumpFormat.NQUADS, data.resolve("out/all.nq.gz"), Dumps.Listener.NONE);
        assertThat(gz.compression()).isEqualTo("gzip");
        assertThat(gz.count()).isEqualTo(store.quadCount());
    }

    @Test
    void publishIfChangedRemakesTheDumpsOnlyWhenTheStoreChanged() {
        Optional<Manifest> first = dumps.publishIfChanged(Dumps.Listener.NONE);
        assertThat(first).isPresent();
        assertThat(dumps.publishIfChanged(Dumps.Listener.NONE)).as("nothing changed").isEmpty();
        // unchanged re-ingest writes nothing and changes nothing
        Samples.load(store);
        assertThat(dumps.publishIfChanged(Dumps.Listener.NONE)).isEmpty();

        Samples.relabel(store, Samples.objects().get(0), "A new label, same number of quads");
        Optional<Manifest> second = dumps.publishIfChanged(Dumps.Listener.NONE);
        assertThat(second).isPresent();
        assertThat(second.get().store().quads()).isEqualTo(first.get().store().quads());
        assertThat(second.get().store().digest()).isNotEqualTo(first.get().store().digest());

        // a SPARQL Update that bypasses the loader is seen by the quad count
        Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(Quad.create(
                NodeFactory.createURI(Samples.URIS.object(Samples.objects().get(0).id())), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o"))));
        assertThat(dumps.publishIfChanged(Dumps.Listener.NONE)).isPresent();
        assertThat(dumps.publishIfChanged(Dumps.Listener.NONE)).isEmpty();

        // a published file gone missing is remade
        assertThat(dumps.directory().resolve(DumpFormat.TURTLE.file()).toFile().delete()).isTrue();
        assertThat(dumps.publishIfChanged(Dumps.Listener.NONE)).isPresent();
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) n++;
        return n;
    }

    static List<String> lines(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
