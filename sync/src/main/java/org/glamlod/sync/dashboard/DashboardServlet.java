package org.glamlod.sync.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.pages.Layout;
import org.glamlod.pages.Links;
import org.glamlod.pages.Pages;
import org.glamlod.sync.state.SyncRecord;
import org.glamlod.sync.state.SyncStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /dashboard} (HTML), {@code /dashboard/api} (JSON) and the operator actions {@code POST /dashboard/api/retry}
 * and {@code /dashboard/api/skip}. Who may reach them is {@link AdminAccess}'s business, in front of this servlet.
 */
final class DashboardServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServlet.class);
    /** Longest skip reason kept: a note for colleagues, not a document. */
    private static final int MAX_REASON = 500;

    private final StatusCollector status;
    private final SyncStates states;
    private final UriScheme uris;
    private final String institution;
    private final boolean canAct;
    private final ZoneId zone;

    DashboardServlet(StatusCollector status, UriScheme uris, String institution, boolean canAct, ZoneId zone) {
        this.status = status;
        this.states = status.states();
        this.uris = uris;
        this.institution = institution;
        this.canAct = canAct;
        this.zone = zone;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Links links = new Links(uris, req.getContextPath());
        switch (path) {
            case "", "/" -> {
                StatusReport report = status.collect(links::local);
                Responses.noStore(resp);
                Pages.html(resp, HttpServletResponse.SC_OK, DashboardPage.render(new Layout.Site(institution, links, 0), report,
                        req.getContextPath() + AdminAccess.API, canAct, zone));
            }
            case "/api" -> {
                StatusCollector collector = status;
                String problems = req.getParameter("problems");
                if (problems != null) {
                    try {
                        collector = status.withProblems(Integer.parseInt(problems.strip()));
                    } catch (IllegalArgumentException e) {
                        Responses.text(resp, HttpServletResponse.SC_BAD_REQUEST, "problems must be a number from 0 to "
                                + StatusCollector.MAX_PROBLEMS + ", not " + problems);
                        return;
                    }
                }
                Responses.json(resp, HttpServletResponse.SC_OK, collector.collect(links::local));
            }
            default -> Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No such dashboard page: " + req.getRequestURI());
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (!path.equals("/api/retry") && !path.equals("/api/skip")) {
            resp.setHeader("Allow", "GET");
            Responses.text(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Only /dashboard/api/retry and /dashboard/api/skip take POST.");
            return;
        }
        boolean json = isJson(req);
        // CSRF: a browser logged in with basic authentication sends the credentials with any request to this server,
        // including a form another site makes it submit. A cross-site page can send a form (urlencoded) without
        // asking, but not application/json (that needs a CORS preflight, which this server never grants). So a JSON
        // body is safe as it is, and a form must prove it comes from our own page: browsers set Origin on POST (or at
        // least Referer), and it must name this server. A form with neither header is refused.
        if (!json && !sameOrigin(req)) {
            Responses.discardBody(req);
            Responses.text(resp, HttpServletResponse.SC_FORBIDDEN, "Refused: a form must be sent from this server's own "
                    + "dashboard page (Origin or Referer must be this server), or send application/json.");
            return;
        }
        Action action;
        try {
            action = json ? Action.fromJson(req) : Action.fromForm(req);
        } catch (IllegalArgumentException e) {
            Responses.text(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        boolean retry = path.equals("/api/retry");
        if (!retry && (action.reason == null || action.reason.isBlank())) {
            Responses.text(resp, HttpServletResponse.SC_BAD_REQUEST, "Skip needs a reason: say why the item is not sent.");
            return;
        }
        String reason = action.reason == null ? null : action.reason.strip();
        if (reason != null && reason.length() > MAX_REASON) reason = reason.substring(0, MAX_REASON);
        Optional<SyncRecord> done = retry ? states.retry(action.target, action.object)
                : states.skip(action.target, action.object, reason);
        if (done.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No item " + action.object + " for target " + action.target + ".");
            return;
        }
        Object user = req.getAttribute(AdminAccess.USER);
        LOG.info("{} {} for {} by {}", retry ? "retry" : "skip", action.object, action.target, user != null ? user : "an operator on this machine");
        if (!json && accepts(req, "text/html")) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + "/dashboard");
            Responses.noStore(resp);
            return;
        }
        SyncRecord r = done.get();
        Responses.json(resp, HttpServletResponse.SC_OK, new Result(r.target(), r.object(), r.state().name(), r.reason()));
    }

    /** What a retry or skip answers with: the item's new state. */
    record Result(String target, String object, String state, String reason) {}

    private record Action(String target, String object, String reason) {
        Action {
            if (target == null || target.isBlank()) throw new IllegalArgumentException("Give the target (e.g. target=wikidata).");
            if (object == null || object.isBlank()) throw new IllegalArgumentException("Give the object's URI (object=…).");
        }

        static Action fromForm(HttpServletRequest req) {
            return new Action(req.getParameter("target"), req.getParameter("object"), req.getParameter("reason"));
        }

        static Action fromJson(HttpServletRequest req) throws IOException {
            JsonNode body;
            try {
                body = StatusReport.JSON.readTree(req.getInputStream());
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The body is not JSON: " + e.getOriginalMessage());
            }
            if (body == null || !body.isObject()) throw new IllegalArgumentException("Send a JSON object: {\"target\": …, \"object\": …, \"reason\": …}");
            return new Action(text(body, "target"), text(body, "object"), text(body, "reason"));
        }

        private static String text(JsonNode body, String field) {
            JsonNode v = body.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    private static boolean isJson(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    private static boolean accepts(HttpServletRequest req, String type) {
        String accept = req.getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(type);
    }

    /** Whether Origin (or, without it, Referer) names the host and port this request was sent to. */
    static boolean sameOrigin(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host == null) return false;
        String source = req.getHeader("Origin");
        if (source == null) source = req.getHeader("Referer"); // an "Origin: null" (sandboxed frame, file:) stays and fails
        if (source == null) return false;
        try {
            URI uri = URI.create(source);
            if (uri.getHost() == null) return false;
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host.strip())
                    || uri.getPort() < 0 && authority.equalsIgnoreCase(stripDefaultPort(host.strip(), uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code host:80} for http and {@code host:443} for https are the same origin as {@code host}. */
    private static String stripDefaultPort(String host, String scheme) {
        String suffix = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
        return host.endsWith(suffix) ? host.substring(0, host.length() - suffix.length()) : host;
    }
}
