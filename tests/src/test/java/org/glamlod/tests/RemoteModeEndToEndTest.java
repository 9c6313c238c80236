package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A museum that outgrew one machine: its triples live in a Fuseki of their own, started from the assembler file glam
 * ships, and glam.yaml names it. Ingest and validate go to that store and leave no TDB2 behind on glam's side;
 * compaction and dumps, which work on TDB2 itself, say where to do them instead.
 */
class RemoteModeEndToEndTest {
    private static final Path MAPPING = Cli.ROOT.resolve("tests/src/test/resources/ingest/museum.yaml");
    private static final Path CSV = Cli.ROOT.resolve("tests/src/test/resources/ingest/objects.csv");

    @Test
    void ingestAndValidateGoToTheStoreTheConfigurationNames(@TempDir Path tmp) throws Exception {
        Path storeDir = Files.createDirectories(tmp.resolve("store-machine"));
        try (InputStream in = getClass().getResourceAsStream("/fuseki/glam.ttl")) {
            Files.copy(in, storeDir.resolve("glam.ttl"));
        }
        Path passwd = Files.writeString(tmp.resolve("passwd"), "ingester: s3cret-remote\n");
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).passwordFile(passwd.toString())
                .parseConfigFile(storeDir.resolve("glam.ttl").toString()).build().start();
        try {
            Files.writeString(tmp.resolve("store-password"), "s3cret-remote\n");
            Path config = Files.writeString(tmp.resolve("glam.yaml"), """
                    data: data
                    store:
                      endpoint: %s
                      user: ingester
                      password-file: store-password
                    """.formatted(fuseki.datasetURL("glam")));

            Cli.Result ingest = Cli.jar("ingest", "--config", config.toString(), "--mapping", MAPPING.toString(), CSV.toString());
            assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isEqualTo(3);
            assertThat(ingest.out()).contains("4 created").doesNotContain("s3cret");
            assertThat(ingest.err()).doesNotContain("s3cret");
            try (RDFConnection conn = RDFConnection.connect(fuseki.datasetURL("glam") + "/sparql")) {
                assertThat(conn.queryAsk("ASK { GRAPH <https://collection.example.org/object/A.5> { ?s ?p ?o } }")).isTrue();
                long graphs = conn.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }").execSelect().next()
                        .getLiteral("n").getLong();
                assertThat(graphs).isEqualTo(4);
            }
            assertThat(tmp.resolve("data/tdb2")).as("nothing stored on glam's side").doesNotExist();

            Cli.Result again = Cli.jar("ingest", "--config", config.toString(), "--mapping", MAPPING.toString(), CSV.toString());
            assertThat(again.out()).contains("0 created, 0 updated, 4 unchanged");

            Cli.Result validate = Cli.jar("validate", "--config", config.toString());
            assertThat(validate.out()).as(validate.err()).contains("4 objects checked: ");

            Cli.Result compact = Cli.jar("compact", "--config", config.toString());
            assertThat(compact.exit()).isEqualTo(1);
            assertThat(compact.err()).contains("remote").contains("/$/compact");
        } finally {
            fuseki.stop();
        }
    }
}
