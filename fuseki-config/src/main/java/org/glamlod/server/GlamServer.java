package org.glamlod.server;

import java.net.BindException;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The public face: one Fuseki (Jetty) server that each {@link ServerPart} installs itself into.
 * It listens on the loopback interface unless told otherwise, so a server started to try things out is not
 * published by accident; {@code 0.0.0.0} (or {@code ::}) listens on every interface.
 */
public final class GlamServer implements AutoCloseable {
    /** The default host: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";

    private final FusekiServer server;
    private final String host;
    private final int requestedPort;

    /**
     * Builds (does not start) the server.
     *
     * @param host the interface to listen on: an address or name, or {@code 0.0.0.0} / {@code ::} for all
     * @param port the port; 0 picks a free one ({@link #port()} tells which after {@link #start()})
     */
    public GlamServer(ServerContext context, String host, int port, List<? extends ServerPart> parts) {
        Objects.requireNonNull(context, "context");
        if (host == null || host.isBlank()) throw new IllegalArgumentException("the host to listen on is empty");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        String h = host.strip();
        this.host = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h; // "[::1]" as in URLs
        this.requestedPort = port;
        FusekiServer.Builder builder = FusekiServer.create().port(port);
        parts.forEach(part -> part.install(builder, context));
        this.server = builder.build();
        // Fuseki's builder only knows "loopback or everything"; the connector exists after build() and binds at start().
        for (Connector connector : server.getJettyServer().getConnectors())
            if (connector instanceof ServerConnector sc) sc.setHost(isWildcard(this.host) ? null : this.host);
    }

    public GlamServer start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause())
                if (t instanceof BindException)
                    throw new IllegalStateException("cannot listen on " + host + ":" + requestedPort + " (" + t.getMessage()
                            + "): is another server using the port? Choose another with --port", e);
            throw e;
        }
        return this;
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The port the server listens on (the one picked, when asked for port 0). */
    public int port() {
        return server.getHttpPort();
    }

    public String host() {
        return host;
    }

    /** Where to reach the server from this machine, ending in "/". */
    public String url() {
        String h = isWildcard(host) ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** Whether the host means every interface. */
    public static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }
}
