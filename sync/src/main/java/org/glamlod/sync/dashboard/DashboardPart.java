package org.glamlod.sync.dashboard;

import java.time.ZoneId;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glamlod.server.ServerContext;
import org.glamlod.server.ServerPart;

/**
 * The operators' view of the sync and the scheduler on the public server:
 * <pre>
 * GET  /dashboard              per target the items by state, the failed and needs-review items (with retry and skip),
 *                              and every job's schedule, state, fire times and recent runs (HTML)
 * GET  /dashboard/api          the same as JSON ({@link StatusReport}; shape in docs/operations.md)
 * POST /dashboard/api/retry    target, object: back to pending, due now (form or JSON)
 * POST /dashboard/api/skip     target, object, reason: not sent, for that reason (form or JSON)
 * GET  /metrics                Prometheus metrics ({@link SyncMetrics})
 * </pre>
 * All of it is for operators only ({@link AdminAccess}): the users of the server's password file, or this machine
 * alone when there is none. Metrics are guarded the same way: they show the sync's progress and the remote errors, which
 * are the museum's business; Prometheus scrapes with basic authentication or from this machine.
 */
public final class DashboardPart implements ServerPart {
    private final StatusCollector status;
    private final SyncMetrics metrics;
    private final String statusToken;
    private final ZoneId zone;

    /**
     * @param statusToken lets {@code glam status} on this machine read the API with {@code Authorization: Bearer},
     *                    or null
     * @param zone        the zone the page shows times in
     */
    public DashboardPart(StatusCollector status, SyncMetrics metrics, String statusToken, ZoneId zone) {
        this.status = Objects.requireNonNull(status, "status");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.statusToken = statusToken;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void install(FusekiServer.Builder server, ServerContext context) {
        AdminAccess access = new AdminAccess(context.passwordFile(), statusToken);
        server.addServlet("/dashboard/*", new DashboardServlet(status, context.uris(), context.institution(), access.hasUsers(), zone));
        server.addServlet("/metrics", new MetricsServlet(metrics));
        server.addFilter("/dashboard/*", access);
        server.addFilter("/metrics", access);
    }
}
