package org.glamlod.pages;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.server.ServerContext;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.ObjectStore;

/** A real server on an ephemeral port with the linked-data part over a store of the given objects, and a client. */
final class PagesServer implements AutoCloseable {
    static final String INSTITUTION = "Example Museum of Art";

    final UriScheme uris;
    final ObjectStore store;
    final FusekiServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private PagesServer(UriScheme uris, ObjectStore store, FusekiServer server) {
        this.uris = uris;
        this.store = store;
        this.server = server;
    }

    /** Loads each batch with its own loader under its source name, in order; a complete batch tombstones the rest. */
    record Batch(String source, List<HumanMadeObject> objects, boolean complete) {}

    static PagesServer start(Path data, String base, Clock clock, int pageSize, Batch... batches) {
        UriScheme uris = new UriScheme(base);
        ObjectGraphWriter writer = new ObjectGraphWriter(uris);
        ObjectStore store = ObjectStore.open(data);
        for (Batch b : batches) {
            try (ObjectLoader loader = new ObjectLoader(store, b.source(), 100)) {
                b.objects().forEach(o -> loader.put(uris.object(o.id()), writer.graph(o)));
                loader.finish(b.complete());
            }
        }
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true);
        new LinkedDataPart(clock, pageSize).install(builder,
                new ServerContext(store, uris, data, INSTITUTION, Duration.ofSeconds(20), null));
        FusekiServer server = builder.build().start();
        return new PagesServer(uris, store, server);
    }

    String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    HttpResponse<String> get(String path) {
        return request("GET", path);
    }

    HttpResponse<String> get(String path, String accept) {
        return request("GET", path, "Accept", accept);
    }

    /** A request with headers as name/value pairs. */
    HttpResponse<String> request(String method, String path, String... headers) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url(path))).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) req.header(headers[i], headers[i + 1]);
        try {
            return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
