package org.glamlod.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The pages' own static files, from the classpath, by name: nothing else is reachable through this path. */
final class AssetServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of("style.css", "text/css;charset=utf-8", "icon.svg", "image/svg+xml");
    private static final Map<String, byte[]> FILES = Map.of("style.css", read("style.css"), "icon.svg", read("icon.svg"));

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        byte[] body = FILES.get(name);
        if (body == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(TYPES.get(name));
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static byte[] read(String name) {
        try (InputStream in = AssetServlet.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource org/glamlod/pages/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
