package org.glamlod.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.server.GlamServer;
import org.glamlod.server.ServerContext;
import org.glamlod.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code glam serve}: the store's public face over HTTP until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = {"Serve the store under --data over HTTP: the SPARQL endpoint (/sparql, open to all, with CORS), "
                + "the query page with example queries (/query), and SPARQL Update (/update) and the Graph Store "
                + "Protocol (/data) for the users in the password file. Runs until interrupted (Ctrl+C).",
                "It runs the jobs under schedule: in the configuration (dumps, validate, compact, ingest-NAME) and shows "
                + "them with the sync state on /dashboard (metrics for Prometheus on /metrics): for the users in the "
                + "password file, or only to this machine when there is none.",
                "Listens on this machine only (127.0.0.1) unless --host says otherwise: --host 0.0.0.0 publishes it. "
                + "Put a TLS proxy in front before users send passwords over a network.",
                "Each option falls back to the configuration file's server section (docs/configuration.md)."},
        footer = {"", "Password file: one user a line in the Jetty realm format, e.g.", "  curator: a-long-secret",
                "Example:", "  glam serve --data data --port 3030 --passwd /etc/glam/passwd"})
final class ServeCommand implements Callable<Integer> {
    private static final int DEFAULT_PORT = 3030;

    @Mixin
    DataOptions options;

    @Option(names = "--port", paramLabel = "N",
            description = "Port to listen on; 0 picks a free one (default: server.port, else " + DEFAULT_PORT + ").")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to listen on; 0.0.0.0 for every interface (default: server.host, else "
                    + GlamServer.LOOPBACK + ", this machine only).")
    String host;

    @Option(names = "--base-uri", paramLabel = "URI",
            description = "The collection's URI space, as given to glam ingest (default: base-uri in the "
                    + "configuration, else GLAM_BASE_URI, else https://collection.example.org/).")
    String baseUri;

    @Option(names = "--institution", paramLabel = "NAME",
            description = "The institution's name, for pages and dataset descriptions (default: institution in the "
                    + "configuration, else Example Museum of Art).")
    String institution;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Users who may write through /update and /data (Jetty realm format, HTTP basic "
                    + "authentication; default: server.passwords). Without one nobody can write.")
    Path passwordFile;

    @Option(names = "--query-timeout", paramLabel = "DURATION",
            description = "How long one query may run before it is cut off: 500ms, 30s, 2m … "
                    + "(default: server.query-timeout, else 30s).")
    String queryTimeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Config.Server configured = options.config().server();
        int listenPort = port != null ? port : configured.port() != null ? configured.port() : DEFAULT_PORT;
        if (listenPort < 0 || listenPort > 65_535)
            throw new CommandLine.ParameterException(spec.commandLine(), "the port must be between 0 and 65535, not " + listenPort);
        String listenHost = host != null ? host : configured.host() != null ? configured.host() : GlamServer.LOOPBACK;
        Duration timeout;
        try {
            timeout = queryTimeout != null ? Config.parseDuration(queryTimeout) : configured.timeout();
        } catch (IllegalArgumentException e) {
            if (queryTimeout == null) throw e; // the configuration file's value: its message names it
            throw new CommandLine.ParameterException(spec.commandLine(), "--query-timeout: " + e.getMessage());
        }
        if (timeout.isNegative() || timeout.isZero())
            throw new CommandLine.ParameterException(spec.commandLine(), "the query timeout must be more than 0, not " + timeout);
        Path passwords = passwordFile != null ? passwordFile : configured.passwords();
        Path data = options.data();
        options.requireStore();

        Config config = options.config();
        Operations operations = Operations.open(config.jobs().settings(data), config.jobs().options(), config.jobSpecs(),
                config.sources(), config.targets(), data);
        Store store;
        try {
            store = options.openStore();
        } catch (RuntimeException e) {
            operations.close();
            throw e;
        }
        Serving serving = Serving.start(new ServerContext(store, new UriScheme(options.baseUri(baseUri)), data,
                institution != null ? institution : config.institutionOrDefault(), timeout, passwords),
                listenHost, listenPort, operations);
        PrintStream out = System.out;
        out.printf("glam serve: %s (%,d object graphs)%n%n", store.location(), store.graphNames().size());
        serving.printUrls(out);
        serving.awaitStop(out);
        return 0;
    }
}
