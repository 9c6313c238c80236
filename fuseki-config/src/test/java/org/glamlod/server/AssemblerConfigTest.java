package org.glamlod.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembler file a stock Fuseki runs serves a glam data directory as glam itself does. */
class AssemblerConfigTest {
    private static final String PREFIXES = """
            PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    /** Queries that each give one number: the union default graph, a join through the model, and both text fields. */
    private static final Map<String, String> COUNTS = new LinkedHashMap<>();
    static {
        COUNTS.put("objects", "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a crm:E22_Human-Made_Object ; crm:P1_is_identified_by ?id }");
        COUNTS.put("triples", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        COUNTS.put("makers", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?o crm:P108i_was_produced_by/crm:P9_consists_of/crm:P14_carried_out_by ?a }");
        COUNTS.put("bookkeeping", "SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:glamlod:state#fingerprint> ?f }");
        COUNTS.put("text hits", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { (?s ?score ?lit ?g) text:query (crm:P190_has_symbolic_content \"militia OR Nachtwacht OR portrait\") }");
        COUNTS.put("label hits", "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { (?s ?score ?lit) text:query (rdfs:label \"rembrandt\") }");
    }

    @Test
    void aStockFusekiServesTheSameDataFromTheAssemblerFile(@TempDir Path data) throws Exception {
        UriScheme uris = new UriScheme(SampleCollection.BASE_URI);
        ObjectGraphWriter writer = new ObjectGraphWriter(uris);
        Map<String, Long> expected = new LinkedHashMap<>();
        try (ObjectStore store = ObjectStore.open(data)) {
            try (ObjectLoader loader = new ObjectLoader(store, "samples", 100)) {
                SampleCollection.all().forEach(o -> loader.put(uris.object(o.id()), writer.graph(o)));
                loader.finish(true);
            }
            COUNTS.forEach((name, query) -> expected.put(name, count(store.dataset(), query)));
        }
        assertThat(expected.get("objects")).isEqualTo(SampleCollection.all().size());
        assertThat(expected.get("bookkeeping")).isZero();
        assertThat(expected.get("text hits")).isPositive();
        assertThat(expected.get("label hits")).isPositive();

        Path config = data.resolve("glam.ttl");
        try (InputStream in = AssemblerConfigTest.class.getResourceAsStream("/fuseki/glam.ttl")) {
            Files.copy(in, config);
        }
        // From another working directory, as an operator would: the paths in the file resolve against the file.
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).parseConfigFile(config).build().start();
        try (RDFConnection conn = RDFConnection.connect(fuseki.datasetURL("glam") + "/sparql")) {
            Map<String, Long> served = new LinkedHashMap<>();
            COUNTS.forEach((name, query) -> served.put(name, conn.query(PREFIXES + query).execSelect().next().getLiteral("n").getLong()));
            assertThat(served).isEqualTo(expected);
            assertThat(conn.query(PREFIXES + "ASK { (?s ?score) text:query (crm:P190_has_symbolic_content \"Nachtwacht\") . "
                    + "GRAPH <" + uris.object("SK-C-5") + "> { ?s ?p ?o } }").execAsk()).isTrue();
            // started without a password file, nobody may write
            HttpResponse<String> update = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fuseki.datasetURL("glam") + "/update"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).isIn(401, 403);
            assertThat(conn.query(PREFIXES + COUNTS.get("objects")).execSelect().next().getLiteral("n").getLong())
                    .isEqualTo(expected.get("objects"));
        } finally {
            fuseki.stop();
        }
    }

    private static long count(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
                ResultSet rs = qe.execSelect();
                QuerySolution row = rs.next();
                return row.getLiteral("n").getLong();
            }
        });
    }
}
