package org.glamlod.store;

import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Remote mode: the store is an external SPARQL 1.1 store (a Fuseki running {@code fuseki/glam.ttl}, say, on a
 * machine of its own), and every read and write goes over HTTP: queries over the SPARQL Protocol, an object's graph
 * by the Graph Store Protocol, and each batch of writes as one SPARQL Update request, which the store applies as
 * one transaction (its text index follows the writes). The layout is the embedded store's: one named graph per
 * object, queries over the union of those graphs, and the bookkeeping in the graph {@link #STATE_GRAPH}: for Jena
 * that is the real default graph, which a union default graph hides from queries.
 */
public final class RemoteStore implements Store {
    /** Where the bookkeeping lives: Jena's name for the stored default graph. */
    public static final Node STATE_GRAPH = Quad.defaultGraphIRI;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int VALUES_PER_QUERY = 500;

    /**
     * @param endpoint the store's dataset URL ({@code http://triples.internal:3030/glam}), for messages and defaults
     * @param query    the SPARQL query endpoint ({@code {endpoint}/sparql} by default)
     * @param update   the SPARQL Update endpoint ({@code {endpoint}/update})
     * @param data     the Graph Store Protocol endpoint ({@code {endpoint}/data})
     * @param user     who writes (HTTP basic authentication), or null
     * @param password the user's password, or null; never printed
     */
    public record Settings(String endpoint, String query, String update, String data, String user, String password) {
        public Settings {
            if (endpoint == null || !URI.create(endpoint).isAbsolute())
                throw new IllegalArgumentException("store.endpoint must be an absolute http(s) URL, not " + endpoint);
            String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
            query = query != null ? query : base + "/sparql";
            update = update != null ? update : base + "/update";
            data = data != null ? data : base + "/data";
        }

        public static Settings of(String endpoint) {
            return new Settings(endpoint, null, null, null, null, null);
        }

        public Settings withLogin(String user, String password) {
            return new Settings(endpoint, query, update, data, user, password);
        }

        @Override
        public String toString() {
            return "RemoteStore.Settings[endpoint=" + endpoint + ", user=" + user + (password != null ? ", password=***" : "") + "]";
        }
    }

    private final Settings settings;
    private final RDFConnection conn;

    private RemoteStore(Settings settings, RDFConnection conn) {
        this.settings = settings;
        this.conn = conn;
    }

    /** Connects and checks that the store answers queries, so a wrong address fails now, saying so. */
    public static RemoteStore connect(Settings settings) {
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL);
        if (settings.user() != null && settings.password() != null) {
            PasswordAuthentication login = new PasswordAuthentication(settings.user(), settings.password().toCharArray());
            http.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return login;
                }
            });
        }
        RDFConnection conn = RDFConnectionRemote.newBuilder()
                .queryEndpoint(settings.query()).updateEndpoint(settings.update()).gspEndpoint(settings.data())
                .httpClient(http.build())
                // requests go as written (see update): the store parses them, and says what it could not
                .parseCheckSPARQL(false).build();
        RemoteStore store = new RemoteStore(settings, conn);
        store.ask("ASK {}");
        return store;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public String location() {
        return settings.endpoint();
    }

    @Override
    public Graph graph(String name) {
        return call("read " + name, () -> {
            try {
                return conn.fetch(name).getGraph();
            } catch (HttpException e) {
                if (e.getStatusCode() == 404) return GraphFactory.createDefaultGraph();
                throw e;
            }
        });
    }

    @Override
    public List<String> graphNames() {
        return select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g", null, s -> s.getResource("g").getURI());
    }

    @Override
    public long quadCount() {
        List<Long> n = select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", null, s -> s.getLiteral("n").getLong());
        return n.isEmpty() ? 0 : n.get(0);
    }

    @Override
    public boolean isEmpty() {
        return !ask("ASK { { GRAPH ?g { ?s ?p ?o } } UNION { GRAPH " + iri(STATE_GRAPH) + " { ?s ?p ?o } } }");
    }

    @Override
    public <T> List<T> select(String query, Duration timeout, Function<QuerySolution, T> row) {
        return call("query", () -> {
            var builder = conn.newQuery().query(query);
            if (timeout != null) builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (QueryExecution qe = builder.build()) {
                return Rows.of(qe, row);
            }
        });
    }

    @Override
    public boolean ask(String query) {
        return call("query", () -> conn.queryAsk(query));
    }

    @Override
    public Map<String, Entry> entries(Collection<String> objects) {
        Map<String, Map<String, String>> found = new HashMap<>();
        List<String> all = List.copyOf(objects);
        for (int from = 0; from < all.size(); from += VALUES_PER_QUERY) {
            StringBuilder values = new StringBuilder();
            all.subList(from, Math.min(all.size(), from + VALUES_PER_QUERY)).forEach(o -> values.append(iri(o)).append(' '));
            select("SELECT ?o ?p ?v WHERE { VALUES ?o { " + values + "} GRAPH " + iri(STATE_GRAPH) + " { ?o ?p ?v } }", null, s -> {
                found.computeIfAbsent(s.getResource("o").getURI(), k -> new HashMap<>())
                        .put(s.getResource("p").getURI(), s.getLiteral("v").getLexicalForm());
                return null;
            });
        }
        Map<String, Entry> out = new HashMap<>();
        found.forEach((o, state) -> {
            Map<String, String> links = new HashMap<>();
            state.forEach((p, v) -> {
                String target = StoreState.linksTarget(p);
                if (target != null) links.put(target, v);
            });
            out.put(o, new Entry(state.get(StoreState.FINGERPRINT.getURI()), state.get(StoreState.SOURCE.getURI()),
                    state.get(StoreState.DELETED.getURI()), links));
        });
        return out;
    }

    @Override
    public List<String> liveObjects(String source) {
        return select("SELECT ?o WHERE { GRAPH " + iri(STATE_GRAPH) + " { ?o " + iri(StoreState.SOURCE) + " "
                + NodeFmtLib.strNT(NodeFactory.createLiteralString(source)) + " FILTER NOT EXISTS { ?o "
                + iri(StoreState.DELETED) + " ?d } } }", null, s -> s.getResource("o").getURI());
    }

    @Override
    public void replace(List<Replacement> graphs, String source) {
        Node src = NodeFactory.createLiteralString(source);
        StringBuilder update = new StringBuilder();
        for (Replacement r : graphs) {
            Node name = NodeFactory.createURI(r.name());
            update.append("DROP SILENT GRAPH ").append(iri(name)).append(" ;\nINSERT DATA { GRAPH ").append(iri(name)).append(" {\n");
            r.graph().find().forEach(t -> triple(update, t));
            update.append("} } ;\n");
            for (Node p : List.of(StoreState.FINGERPRINT, StoreState.SOURCE, StoreState.DELETED)) update.append(clearState(name, p));
            update.append("INSERT DATA { GRAPH ").append(iri(STATE_GRAPH)).append(" {\n");
            StoreState.of(name, r.fingerprint(), src).forEach(q -> triple(update, q.asTriple()));
            update.append("} } ;\n");
        }
        update(update, "write " + graphs.size() + " objects to");
    }

    @Override
    public void tombstone(List<String> objects, Instant at) {
        Node when = StoreState.date(at);
        StringBuilder update = new StringBuilder();
        for (String object : objects) {
            Node name = NodeFactory.createURI(object);
            update.append("DROP SILENT GRAPH ").append(iri(name)).append(" ;\n").append(clearState(name, StoreState.FINGERPRINT));
            update.append("INSERT DATA { GRAPH ").append(iri(STATE_GRAPH)).append(" { ");
            triple(update, Triple.create(name, StoreState.DELETED, when));
            update.append("} } ;\n");
        }
        update(update, "delete " + objects.size() + " objects from");
    }

    @Override
    public boolean putLinks(String object, String target, Graph links) {
        Node property = StoreState.links(target);
        Entry entry = entries(List.of(object)).get(object);
        if (entry == null || entry.fingerprint() == null) return false;
        Node name = NodeFactory.createURI(object);
        StringBuilder update = new StringBuilder();
        String before = entry.links().get(target);
        Graph current = graph(object);
        if (before != null) {
            Graph old = StoreState.fromNTriples(before);
            old.find().forEach(current::delete);
            update.append("DELETE DATA { GRAPH ").append(iri(name)).append(" {\n");
            old.find().forEach(t -> triple(update, t));
            update.append("} } ;\n");
        }
        update.append(clearState(name, property));
        Graph added = GraphFactory.createDefaultGraph();
        links.find().filterDrop(current::contains).forEach(added::add);
        if (!added.isEmpty()) {
            update.append("INSERT DATA { GRAPH ").append(iri(name)).append(" {\n");
            added.find().forEach(t -> triple(update, t));
            update.append("} } ;\nINSERT DATA { GRAPH ").append(iri(STATE_GRAPH)).append(" { ");
            triple(update, Triple.create(name, property, NodeFactory.createLiteralString(StoreState.toNTriples(added))));
            update.append("} } ;\n");
        }
        update(update, "write links to");
        return true;
    }

    /**
     * Sends a request as written. Jena's own update model would print quads of {@link #STATE_GRAPH} as default-graph
     * triples, and under a union default graph a {@code DELETE WHERE} on those matches nothing; the text names it.
     */
    private void update(CharSequence request, String what) {
        call(what, () -> {
            conn.update(request.toString());
            return null;
        });
    }

    /** {@code DELETE WHERE} one property of an object's bookkeeping. */
    private static String clearState(Node object, Node property) {
        return "DELETE WHERE { GRAPH " + iri(STATE_GRAPH) + " { " + iri(object) + " " + iri(property) + " ?v } } ;\n";
    }

    private static void triple(StringBuilder out, Triple t) {
        out.append(NodeFmtLib.strNT(t.getSubject())).append(' ').append(NodeFmtLib.strNT(t.getPredicate())).append(' ')
                .append(NodeFmtLib.strNT(t.getObject())).append(" .\n");
    }

    private static String iri(Node n) {
        return NodeFmtLib.strNT(n);
    }

    private static String iri(String uri) {
        return NodeFmtLib.strNT(NodeFactory.createURI(uri));
    }

    /** Runs one exchange with the store, turning transport and HTTP failures into a message that says what to check. */
    private <T> T call(String what, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (HttpException | QueryExceptionHTTP e) {
            int status = e instanceof HttpException h ? h.getStatusCode() : ((QueryExceptionHTTP) e).getStatusCode();
            if (unreachable(e))
                throw new StoreException("cannot " + what + " the store at " + settings.endpoint()
                        + ": it does not answer (is it running, and is store.endpoint right?)", e);
            if (status == 401 || status == 403)
                throw new StoreException("the store at " + settings.endpoint() + " refused to let glam " + what.split(" ")[0]
                        + " (HTTP " + status + "): check store.user and store.password-file in the configuration", e);
            throw new StoreException("cannot " + what + " the store at " + settings.endpoint() + ": HTTP "
                    + (status > 0 ? status + " " : "") + firstLine(e.getMessage()), e);
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) return true;
        return false;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        conn.close();
    }
}
