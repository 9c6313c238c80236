package org.glamlod.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.glamlod.server.GlamServer;
import org.glamlod.server.ServerContext;
import org.glamlod.server.sparql.Http.Reply;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with a short timeout for queries and updates. */
class SparqlPartLimitsTest {
    /** Every triple against every triple against every triple, with string work on each: hours on the samples. */
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
            + "FILTER(CONTAINS(CONCAT(STR(?c), STR(?f), STR(?i)), \"no such text\")) }";

    @TempDir
    static Path dir;
    static ObjectStore store;
    static GlamServer server;

    @BeforeAll
    static void start() throws IOException {
        store = Http.sampleStore(dir.resolve("data"));
        Path passwords = Files.writeString(dir.resolve("passwd"), "curator: secret\n");
        server = Http.server(store, dir.resolve("data"), Duration.ofSeconds(1), passwords);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void aSlowQueryIsCutAtTheTimeoutAndTheServerKeepsAnswering() {
        long started = System.nanoTime();
        CompletableFuture<Reply> slow = CompletableFuture.supplyAsync(() -> Http.query(server, SLOW, "application/sparql-results+json"));
        // While it runs, others are served.
        Reply meanwhile = Http.query(server, "ASK { ?o a crm:E22_Human-Made_Object }", "text/csv");
        assertThat(meanwhile.code()).isEqualTo(200);
        assertThat(meanwhile.body()).contains("true");

        Reply cut = slow.join();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(cut.code()).isEqualTo(503);
        assertThat(cut.body()).containsIgnoringCase("timed out");
        assertThat(took).isLessThan(Duration.ofSeconds(10));

        Reply after = Http.query(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
        assertThat(after.code()).isEqualTo(200);
    }

    @Test
    void aSlowUpdateIsCutAtTheTimeoutAndLetsGoOfTheStore() {
        long started = System.nanoTime();
        Reply cut = Http.postForm(server.url() + "update", "update",
                "INSERT { GRAPH <urn:x:slow> { ?a <urn:x:p> ?d } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
                        + "FILTER(CONTAINS(CONCAT(STR(?c), STR(?f), STR(?i)), \"no such text\")) }", null, "curator", "secret");
        assertThat(cut.code()).isGreaterThanOrEqualTo(500);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

        // The write transaction ended: the next update goes through.
        Reply next = Http.postForm(server.url() + "update", "update", "INSERT DATA { GRAPH <urn:x:quick> { <urn:x:a> <urn:x:b> \"c\" } }",
                null, "curator", "secret");
        assertThat(next.code()).isBetween(200, 204);
        assertThat(Http.query(server, "ASK { GRAPH <urn:x:quick> { ?s ?p ?o } }", "text/csv").body()).contains("true");
        assertThat(Http.query(server, "ASK { GRAPH <urn:x:slow> { ?s ?p ?o } }", "text/csv").body()).contains("false");
    }

    @Test
    void withoutAPasswordFileNobodyCanWriteAndIsToldWhy() {
        try (GlamServer readOnly = Http.server(store, dir.resolve("data"), Duration.ofSeconds(5), null)) {
            String base = readOnly.url();
            Reply update = Http.postForm(base + "update", "update", "CLEAR ALL", null, "curator", "anything");
            assertThat(update.code()).isEqualTo(403);
            assertThat(update.body()).contains("--passwd");
            assertThat(Http.send(base + "data?default", "PUT", "text/turtle", "<urn:a> <urn:b> <urn:c> .", null, null, null).code()).isEqualTo(403);
            assertThat(Http.query(readOnly, "ASK { ?o a crm:E22_Human-Made_Object }", "text/csv").body()).contains("true");
        }
    }

    @Test
    void anUnreadablePasswordFileStopsTheStartWithAClearMessage() {
        ServerContext context = new ServerContext(store, Http.URIS, dir, "Museum", Duration.ofSeconds(5), dir.resolve("no-such-passwd"));
        assertThatThrownBy(() -> new GlamServer(context, GlamServer.LOOPBACK, 0, List.of(new SparqlPart())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password file").hasMessageContaining("no-such-passwd");
    }
}
