package org.glamlod.server.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.server.GlamServer;
import org.glamlod.server.ServerContext;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.ObjectStore;

/** Test helpers: a store with the sample collection, a server over it, and HTTP calls that keep what came back. */
final class Http {
    static final UriScheme URIS = new UriScheme(SampleCollection.BASE_URI);
    static final String PREFIXES = """
            PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    static final OkHttpClient CLIENT = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();

    record Reply(int code, String contentType, String body, okhttp3.Headers headers) {
        String header(String name) {
            return headers.get(name);
        }
    }

    static ObjectStore sampleStore(Path data) {
        ObjectStore store = ObjectStore.open(data);
        ObjectGraphWriter writer = new ObjectGraphWriter(URIS);
        try (ObjectLoader loader = new ObjectLoader(store, "samples", 100)) {
            SampleCollection.all().forEach(o -> loader.put(URIS.object(o.id()), writer.graph(o)));
            loader.finish(true);
        }
        return store;
    }

    static GlamServer server(ObjectStore store, Path data, Duration timeout, Path passwords) {
        ServerContext context = new ServerContext(store, URIS, data, "Example Museum of Art", timeout, passwords);
        return new GlamServer(context, GlamServer.LOOPBACK, 0, List.of(new SparqlPart())).start();
    }

    static Reply get(String url, String accept) {
        Request.Builder b = new Request.Builder().url(url);
        if (accept != null) b.header("Accept", accept);
        return call(b.build());
    }

    static Reply query(GlamServer server, String query, String accept) {
        HttpUrl url = HttpUrl.get(server.url() + "sparql").newBuilder().addQueryParameter("query", PREFIXES + query).build();
        return get(url.toString(), accept);
    }

    static Reply postForm(String url, String param, String value, String accept, String user, String password) {
        return call(request(url, accept, user, password).post(new FormBody.Builder().add(param, value).build()).build());
    }

    static Reply postBody(String url, String contentType, String body, String accept, String user, String password) {
        return send(url, "POST", contentType, body, accept, user, password);
    }

    static Reply send(String url, String method, String contentType, String body, String accept, String user, String password) {
        RequestBody requestBody = body == null ? null : RequestBody.create(body, MediaType.get(contentType));
        return call(request(url, accept, user, password).method(method, requestBody).build());
    }

    private static Request.Builder request(String url, String accept, String user, String password) {
        Request.Builder b = new Request.Builder().url(url);
        if (accept != null) b.header("Accept", accept);
        if (user != null) b.header("Authorization", Credentials.basic(user, password));
        return b;
    }

    static Reply call(Request request) {
        try (Response r = CLIENT.newCall(request).execute()) {
            return new Reply(r.code(), r.header("Content-Type"), r.body().string(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Http() {}
}
