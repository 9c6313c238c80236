package org.glamlod.server.sparql;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /sparql} in remote mode: each SPARQL Protocol request (GET with {@code ?query=}, POST as a form or as
 * {@code application/sparql-query}) is passed to the store's query endpoint, and its answer streamed back as it comes,
 * status and media type included, so clients see one endpoint whichever store is behind it. The query timeout still
 * holds: the store is told it ({@code timeout}, in seconds, which Fuseki honours up to its own limit) and the wait for
 * its answer is bounded by it.
 */
final class SparqlForwarder extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlForwarder.class);
    /** Request headers that say what the client sends and wants; nothing else (cookies, credentials) goes on. */
    private static final List<String> PASSED = List.of("Accept", "Accept-Encoding", "Content-Type");
    private static final List<String> RETURNED = List.of("Content-Type", "Content-Encoding", "Content-Disposition");

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient http;

    SparqlForwarder(String endpoint, Duration timeout) {
        this.endpoint = URI.create(endpoint);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        forward(HttpRequest.newBuilder(URI.create(endpoint + "?" + withTimeout(query == null ? "" : query))).GET(), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = endpoint + "?" + withTimeout(request.getQueryString() == null ? "" : request.getQueryString());
        byte[] body = request.getInputStream().readAllBytes();
        forward(HttpRequest.newBuilder(URI.create(target)).POST(HttpRequest.BodyPublishers.ofByteArray(body)), request, response);
    }

    private String withTimeout(String query) {
        return (query.isEmpty() ? "" : query + "&") + "timeout=" + Math.max(1, timeout.toSeconds());
    }

    private void forward(HttpRequest.Builder out, HttpServletRequest request, HttpServletResponse response) throws IOException {
        out.timeout(timeout.plusSeconds(5));
        for (String h : PASSED) {
            String v = request.getHeader(h);
            if (v != null) out.header(h, v);
        }
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(out.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            fail(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The query ran longer than " + timeout.toSeconds()
                    + " s and was cut off. Narrow it down (LIMIT, more specific patterns) and try again.");
            return;
        } catch (IOException e) {
            LOG.warn("SPARQL store {} does not answer: {}", endpoint, e.getMessage());
            fail(response, HttpServletResponse.SC_BAD_GATEWAY, "The SPARQL store behind this endpoint does not answer; try again later.");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is shutting down.");
            return;
        }
        response.setStatus(answer.statusCode());
        for (String h : RETURNED) answer.headers().firstValue(h).ifPresent(v -> response.setHeader(h, v));
        try (InputStream in = answer.body(); OutputStream body = response.getOutputStream()) {
            in.transferTo(body);
        }
    }

    private static void fail(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
