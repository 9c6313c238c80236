package org.glamlod.app;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.glamlod.dumps.DumpsPart;
import org.glamlod.pages.LinkedDataPart;
import org.glamlod.server.GlamServer;
import org.glamlod.server.ServerContext;
import org.glamlod.server.ServerPart;
import org.glamlod.server.sparql.SparqlPart;

/** The public server as {@code glam serve} and {@code glam demo} run it: every part, until the process is stopped. */
final class Serving {
    private final GlamServer server;
    private final ServerContext context;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Serving(GlamServer server, ServerContext context) {
        this.server = server;
        this.context = context;
    }

    /** The parts of the public face, in one place. */
    static List<ServerPart> parts() {
        return List.of(new SparqlPart(), new LinkedDataPart(), new DumpsPart());
    }

    /**
     * Starts the server over the context's store; the store is closed if starting fails, and when the process
     * stops (server first, so no request is still reading when the store closes).
     */
    static Serving start(ServerContext context, String host, int port) {
        GlamServer server;
        try {
            server = new GlamServer(context, host, port, parts()).start();
        } catch (RuntimeException e) {
            context.store().close();
            throw e;
        }
        Serving serving = new Serving(server, context);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } finally {
                context.store().close();
                serving.stopped.countDown();
            }
        }, "glam-serve-shutdown"));
        return serving;
    }

    String url() {
        return server.url();
    }

    void printUrls(PrintStream out) {
        String url = server.url();
        out.printf("  Pages        %s   (home page and search; /object/{id} for people and, by content negotiation, machines)%n", url);
        out.printf("  SPARQL       %ssparql   (GET or POST; CORS; a query may run %s)%n", url, describe(context.queryTimeout()));
        out.printf("  Query page   %squery    (example queries)%n", url);
        out.printf("  Downloads    %sdumps    (N-Quads, Turtle, Linked Art; remade daily when the data changed)%n", url);
        out.printf("  About        %svoid     (VoID and DCAT)   %ssitemap.xml%n", url, url);
        if (context.passwordFile() != null)
            out.printf("  Writes       %supdate   %sdata   (users in %s)%n", url, url, context.passwordFile());
        else
            out.println("  Writes       off (give a password file with --passwd FILE to let its users write)");
        if (GlamServer.isWildcard(server.host()))
            out.printf("%n  Listening on every interface, port %d.%n", server.port());
    }

    /** Blocks until the process is stopped (Ctrl+C, SIGTERM). */
    void awaitStop(PrintStream out) throws InterruptedException {
        out.printf("%nPress Ctrl+C to stop.%n");
        out.flush();
        stopped.await();
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 != 0 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }
}
