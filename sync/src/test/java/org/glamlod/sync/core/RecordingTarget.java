package org.glamlod.sync.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.glamlod.model.vocab.LA;

/**
 * A sync target over the {@link RecordsServer} API, over real HTTP: the document is a small JSON record (the
 * object and its label), HTTP statuses become {@link TargetException} kinds as a real target's client maps them.
 */
final class RecordingTarget implements SyncTarget<ObjectNode> {
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final HttpUrl base;
    private final RightsGate.Scope rights;
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

    RecordingTarget(HttpUrl base, RightsGate.Scope rights) {
        this.base = base;
        this.rights = rights;
    }

    @Override
    public String name() {
        return "records";
    }

    @Override
    public RightsGate.Scope openRights() {
        return rights;
    }

    @Override
    public Projection<ObjectNode> project(SyncItem item) {
        List<String> labels = new ArrayList<>();
        item.graph().find(NodeFactory.createURI(item.object()), RDFS.label.asNode(), Node.ANY)
                .forEach(t -> labels.add(t.getObject().getLiteralLexicalForm()));
        if (labels.isEmpty()) {
            return Projection.skip("the object has no label");
        }
        labels.sort(null);
        ObjectNode doc = JSON.createObjectNode().put("object", item.object()).put("label", labels.get(0));
        try {
            return Projection.ready(doc, JSON.writeValueAsString(JSON.treeToValue(doc, TreeMap.class)),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<String> reconcile(SyncItem item, ObjectNode document) throws TargetException {
        HttpUrl url = base.newBuilder().addPathSegment("records").addQueryParameter("object", item.object()).build();
        JsonNode ids = call(new Request.Builder().url(url).get().build()).get("ids");
        return switch (ids.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(ids.get(0).asText());
            default -> throw new TargetException(TargetException.Kind.NEEDS_REVIEW, "ambiguous",
                    "several records stand for this object: " + ids);
        };
    }

    @Override
    public String push(SyncItem item, ObjectNode document, String remoteId) throws TargetException {
        RequestBody body = RequestBody.create(document.toString(), JSON_TYPE);
        Request request = remoteId == null
                ? new Request.Builder().url(base.newBuilder().addPathSegment("records").build()).post(body).build()
                : new Request.Builder().url(base.newBuilder().addPathSegment("records").addPathSegment(remoteId).build())
                  .put(body).build();
        return call(request).get("id").asText();
    }

    @Override
    public Graph links(String object, String remoteId) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI(object), LA.equivalent, NodeFactory.createURI(recordUri(remoteId))));
        return g;
    }

    String recordUri(String remoteId) {
        return base.newBuilder().addPathSegment("records").addPathSegment(remoteId).build().toString();
    }

    private JsonNode call(Request request) throws TargetException {
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            int code = response.code();
            if (response.isSuccessful()) {
                return JSON.readTree(text);
            }
            Duration retryAfter = Optional.ofNullable(response.header("Retry-After"))
                    .map(s -> Duration.ofSeconds(Long.parseLong(s.strip()))).orElse(null);
            TargetException.Kind kind = code == 429 ? TargetException.Kind.RATE_LIMITED
                    : code >= 500 ? TargetException.Kind.RETRYABLE : TargetException.Kind.PERMANENT;
            throw new TargetException(kind, String.valueOf(code), request.method() + " " + request.url().encodedPath()
                    + ": " + text, retryAfter);
        } catch (IOException e) {
            throw new TargetException(TargetException.Kind.RETRYABLE, "io", e.toString());
        }
    }
}
