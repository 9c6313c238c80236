package org.glamlod.sync.dashboard;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /metrics}: {@link SyncMetrics} in the Prometheus text format (version 0.0.4). */
final class MetricsServlet extends HttpServlet {
    private final SyncMetrics metrics;

    MetricsServlet(SyncMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.send(resp, HttpServletResponse.SC_OK, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
    }
}
