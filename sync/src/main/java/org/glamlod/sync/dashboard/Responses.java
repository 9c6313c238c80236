package org.glamlod.sync.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Plain answers of the dashboard's servlets; never cached, as they show live operational state. */
final class Responses {
    /** The most of a refused request body read to keep the connection usable; beyond it, Jetty closes. */
    private static final long MAX_DISCARDED = 64 * 1024;

    private Responses() {}

    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, "text/plain;charset=utf-8", message + "\n");
    }

    static void json(HttpServletResponse resp, int status, Object value) throws IOException {
        send(resp, status, "application/json;charset=utf-8", StatusReport.JSON.writeValueAsString(value) + "\n");
    }

    static void send(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        noStore(resp);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /**
     * Reads and drops what is left of a small request body before refusing it: answering while the client is still
     * sending makes Jetty close the connection, which a client that reuses connections sees as a broken next request.
     */
    static void discardBody(HttpServletRequest req) throws IOException {
        try (InputStream in = req.getInputStream()) {
            byte[] buffer = new byte[8192];
            long left = MAX_DISCARDED;
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) left -= n;
        }
    }

    static void noStore(HttpServletResponse resp) {
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
    }
}
