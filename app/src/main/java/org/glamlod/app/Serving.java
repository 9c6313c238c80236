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

/**
 * The public server as {@code glam serve} and {@code glam demo} run it: every part and the scheduler, until the process
 * is stopped.
 */
final class Serving {
    private final GlamServer server;
    private final ServerContext context;
    private final Operations operations;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Serving(GlamServer server, ServerContext context, Operations operations) {
        this.server = server;
        this.context = context;
        this.operations = operations;
    }

    /**
     * The parts of the public face, in one place. When the scheduler makes the dumps, the dumps part does not keep
     * its own daily timer.
     */
    static List<ServerPart> parts(Operations operations) {
        DumpsPart dumps = operations.schedules("dumps")
                ? new DumpsPart(new DumpsPart.Settings(Duration.ZERO, null, DumpsPart.CC0)) : new DumpsPart();
        return List.of(new SparqlPart(), new LinkedDataPart(), dumps, operations.dashboard());
    }

    /**
     * Starts the server over the context's store, then the scheduled jobs. If starting fails, the operations and the
     * store are closed; when the process stops, the server stops first (no request is still reading), then the
     * scheduler (running jobs finish their unit of work), then the store.
     */
    static Serving start(ServerContext context, String host, int port, Operations operations) {
        GlamServer server = null;
        try {
            server = new GlamServer(context, host, port, parts(operations)).start();
            operations.start(context, server.url());
        } catch (RuntimeException e) {
            try {
                if (server != null) server.stop();
                operations.close();
            } finally {
                context.store().close();
            }
            throw e;
        }
        Serving serving = new Serving(server, context, operations);
        GlamServer started = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.stop();
                operations.close();
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
        out.printf("  Downloads    %sdumps    (N-Quads, Turtle, Linked Art; remade %s when the data changed)%n", url,
                operations.schedules("dumps") ? "by the dumps job" : "daily");
        out.printf("  About        %svoid     (VoID and DCAT)   %ssitemap.xml%n", url, url);
        if (context.passwordFile() != null)
            out.printf("  Writes       %supdate   %sdata   (users in %s)%n", url, url, context.passwordFile());
        else
            out.println("  Writes       off (give a password file with --passwd FILE to let its users write)");
        out.printf("  Dashboard    %sdashboard   (sync state and jobs; JSON at /dashboard/api, metrics at /metrics; %s)%n", url,
                context.passwordFile() != null ? "for the users in the password file" : "from this machine only");
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
