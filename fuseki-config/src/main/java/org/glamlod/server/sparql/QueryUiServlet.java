package org.glamlod.server.sparql;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;

/**
 * The query page under {@value SparqlPart#QUERY_UI}: a small page of its own (no CDN, no build step) that edits
 * and runs queries against {@value SparqlPart#SPARQL}, and the example catalogue as JSON. Its links are relative,
 * so the page also works behind a proxy that mounts the server under a prefix.
 */
final class QueryUiServlet extends HttpServlet {
    private static final String UI = "ui/";

    /** A file of the page, read once so a missing one fails at start-up rather than on a visitor's request. */
    private record Content(String contentType, byte[] body) {}

    /** The page's files by their path under /query. */
    private final Map<String, Content> files;

    QueryUiServlet(List<ExampleQuery> examples) {
        files = Map.of(
                "", new Content("text/html;charset=utf-8", resource("index.html")),
                "/query.js", new Content("text/javascript;charset=utf-8", resource("query.js")),
                "/query.css", new Content("text/css;charset=utf-8", resource("query.css")),
                "/examples.json", new Content("application/json;charset=utf-8",
                        JSON.toString(ExampleQueries.toJson(examples)).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/")) {
            // One address for the page, so its relative links resolve the same way.
            response.sendRedirect("../query");
            return;
        }
        Content file = files.get(path);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file: the query page is at " + SparqlPart.QUERY_UI);
            return;
        }
        // The catalogue is data others may reuse (e.g. in another query tool).
        if (path.equals("/examples.json")) response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentType(file.contentType());
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(file.body().length);
        response.getOutputStream().write(file.body());
    }

    private static byte[] resource(String name) {
        try (InputStream in = QueryUiServlet.class.getResourceAsStream(UI + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + UI + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
