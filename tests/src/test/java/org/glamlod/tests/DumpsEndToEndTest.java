package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glam export} and {@code glam compact} from the shaded jar, on the store {@code glam demo} leaves behind. */
class DumpsEndToEndTest {
    @Test
    void theNQuadsExportReloadsIntoAFreshStoreWithTheSameQuadsAndGraphs(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Cli.Result demo = Cli.jar("demo", "--no-serve", "--data", data.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();

        Path out = tmp.resolve("export/collection.nq.gz");
        Cli.Result export = Cli.jar("export", "--format", "nquads", "--data", data.toString(), "--out", out.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        long quads;
        List<String> graphs;
        try (ObjectStore store = ObjectStore.open(data)) {
            quads = store.quadCount();
            graphs = store.graphNames();
        }
        assertThat(export.out()).contains(out + ": " + String.format("%,d quads", quads));

        Dataset fresh = TDB2Factory.connectDataset(tmp.resolve("fresh").toString());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            Txn.executeWrite(fresh, () -> RDFParser.source(in).lang(Lang.NQUADS).parse(fresh.asDatasetGraph()));
            Txn.executeRead(fresh, () -> {
                long n = 0;
                for (var it = fresh.asDatasetGraph().find(); it.hasNext(); it.next()) n++;
                assertThat(n).as("every quad, none of the bookkeeping").isEqualTo(quads);
                List<String> names = new ArrayList<>();
                fresh.asDatasetGraph().listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
                assertThat(names).containsExactlyInAnyOrderElementsOf(graphs);
            });
        } finally {
            fresh.close();
            TDBInternal.expel(fresh.asDatasetGraph());
        }

        // without --out: the published dumps and their manifest
        Cli.Result publish = Cli.jar("export", "--data", data.toString());
        assertThat(publish.exit()).as(publish.err()).isZero();
        assertThat(publish.out()).contains("collection.nq.gz", "collection.ttl.gz", "collection-linked-art.jsonl.gz",
                String.format("%,d documents", graphs.size()));
        JsonNode manifest = new ObjectMapper().readTree(data.resolve("dumps/manifest.json").toFile());
        assertThat(manifest.get("store").get("quads").asLong()).isEqualTo(quads);
        assertThat(manifest.get("dumps")).hasSize(3);

        Cli.Result usage = Cli.jar("export", "--format", "edm", "--data", data.toString(), "--out", tmp.resolve("x").toString());
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("known: nquads, turtle, linked-art");
    }

    @Test
    void compactPrintsTheSizesAndKeepsTheData(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        assertThat(Cli.jar("demo", "--no-serve", "--data", data.toString()).exit()).isZero();
        long quads;
        try (ObjectStore store = ObjectStore.open(data)) {
            quads = store.quadCount();
        }
        Cli.Result compact = Cli.jar("compact", "--data", data.toString());
        assertThat(compact.exit()).as(compact.err()).isZero();
        assertThat(compact.out()).containsPattern("TDB2 +[\\d.]+ [KMG]iB -> +[\\d.]+ [KMG]iB")
                .containsPattern("text index +[\\d.]+ [KMG]?i?B -> ")
                .contains(String.format("%,d quads before and after", quads));
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.quadCount()).isEqualTo(quads);
        }
        assertThat(data.resolve("tdb2/Data-0002")).isDirectory();
        assertThat(data.resolve("tdb2/Data-0001")).doesNotExist();

        Cli.Result none = Cli.jar("compact", "--data", tmp.resolve("nothing").toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("no store under");
    }
}
