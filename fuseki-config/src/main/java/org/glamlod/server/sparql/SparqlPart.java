package org.glamlod.server.sparql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.glamlod.server.ServerContext;
import org.glamlod.server.ServerPart;
import org.glamlod.store.ObjectStore;
import org.glamlod.store.RemoteStore;

/**
 * The SPARQL service over the store's dataset (union default graph, {@code text:query}); in remote mode
 * ({@link RemoteStore}) queries are passed to the store's own endpoint and writes go to the store itself:
 * <ul>
 * <li>{@value #SPARQL}: SPARQL 1.1 Protocol queries for everyone, GET and POST, results in every standard format by
 * {@code Accept}, CORS for browsers elsewhere, each query cut off after the context's query timeout; asked nothing,
 * it describes itself (or sends a browser to the query page);</li>
 * <li>{@value #UPDATE} (SPARQL Update) and {@value #DATA} (Graph Store Protocol): only for a user in the password
 * file, with HTTP basic authentication; with no password file, nobody;</li>
 * <li>{@value #QUERY_UI}: a query page with the catalogue of example queries ({@value #QUERY_UI}/examples.json).</li>
 * </ul>
 * Each endpoint is its own Fuseki dataset name over the same dataset, so the paths sit at the root and Fuseki has
 * no other path ({@code /ds/...}) into the data; no admin ({@code /$/...}) functions are installed.
 */
public final class SparqlPart implements ServerPart {
    public static final String SPARQL = "/sparql";
    public static final String UPDATE = "/update";
    public static final String DATA = "/data";
    public static final String QUERY_UI = "/query";
    /** The realm browsers show when asking for a user. */
    static final String REALM = "glam-lod";
    /** The query timeout when the context names none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    @Override
    public void install(FusekiServer.Builder server, ServerContext context) {
        Duration timeout = context.queryTimeout() == null ? DEFAULT_TIMEOUT : context.queryTimeout();
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("the query timeout must be positive, not " + timeout);
        if (context.store() instanceof ObjectStore local) {
            installLocal(server, context, local.dataset().asDatasetGraph(), timeout);
        } else if (context.store() instanceof RemoteStore remote) {
            server.addServlet(SPARQL, new SparqlForwarder(remote.settings().query(), timeout));
            WritesDisabled elsewhere = WritesDisabled.remote(remote.location());
            server.addServlet(UPDATE, elsewhere);
            server.addServlet(DATA, elsewhere);
        } else {
            throw new IllegalArgumentException("no SPARQL service for a store of type " + context.store().getClass().getName());
        }
        server.addFilter(SPARQL, new CorsFilter());
        server.addFilter(SPARQL, new ServiceDescription(context.institution()));
        server.addServlet(QUERY_UI + "/*", new QueryUiServlet(ExampleQueries.all()));
    }

    private static void installLocal(FusekiServer.Builder server, ServerContext context, DatasetGraph dataset, Duration timeout) {
        server.add(SPARQL, DataService.newBuilder(dataset)
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("").context(queryContext(timeout)).build())
                .build());

        Path passwords = context.passwordFile();
        if (passwords == null) {
            WritesDisabled disabled = WritesDisabled.noPasswords();
            server.addServlet(UPDATE, disabled);
            server.addServlet(DATA, disabled);
        } else {
            if (!Files.isRegularFile(passwords) || !Files.isReadable(passwords))
                throw new IllegalArgumentException("cannot read the password file " + passwords
                        + " (one user a line, e.g. \"alice: a-long-secret\")");
            // Fuseki puts an HTTP authentication constraint on every path whose endpoint has an auth policy: here
            // exactly /update and /data, so anonymous writes are challenged (401) and reads stay open.
            server.passwordFile(passwords.toString()).auth(AuthScheme.BASIC).realm(REALM);
            server.add(UPDATE, DataService.newBuilder(withUpdateTimeout(dataset, timeout))
                    .addEndpoint(Operation.Update, "", Auth.ANY_USER)
                    .build());
            // GSP reads sit behind the same login: GET /data writes out the whole store, which no query timeout
            // bounds, and ?default is the store's bookkeeping, not the union. The public reads an object's graph
            // through /sparql (CONSTRUCT) and the object pages.
            server.add(DATA, DataService.newBuilder(dataset)
                    .addEndpoint(Operation.GSP_RW, "", Auth.ANY_USER)
                    .build());
        }
    }

    /**
     * A public query may run for the timeout and no longer, and may not make the server fetch other URLs:
     * {@code SERVICE} would let anyone have it request addresses on the museum's own network.
     */
    private static Context queryContext(Duration timeout) {
        Context cxt = new Context();
        cxt.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        cxt.set(ARQ.httpServiceAllowed, false);
        return cxt;
    }

    /**
     * The dataset as updates see it: the same data and index, cut off after the timeout, so a runaway
     * {@code INSERT … WHERE} cannot hold the write lock (and so every ingest) for good. Fuseki runs updates with the
     * dataset's context, not the endpoint's, hence a view with its own context rather than an endpoint setting.
     */
    private static DatasetGraph withUpdateTimeout(DatasetGraph dataset, Duration timeout) {
        Context cxt = dataset.getContext().copy();
        cxt.set(ARQ.updateTimeout, Long.toString(timeout.toMillis()));
        return new DatasetGraphWrapper(dataset, cxt);
    }
}
