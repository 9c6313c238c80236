package org.glamlod.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.glamlod.model.vocab.Languages;

/**
 * What the page servlets share: the catalogue, the institution, the clock (for citations), and how to respond.
 * {@link #html} is public so that other parts' pages (the sync dashboard) go out with the same security headers.
 */
public final class Pages {
    /**
     * No scripts at all, styles and forms only from here, images from anywhere (museums serve them from image
     * servers and CDNs): a value that slipped past escaping still could not run.
     */
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src http: https: data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

    final Catalogue catalogue;
    final String institution;
    private final Clock clock;
    private final int pageSize;

    Pages(Catalogue catalogue, String institution, Clock clock, int pageSize) {
        this.catalogue = catalogue;
        this.institution = institution;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    Layout.Site site(HttpServletRequest req) {
        return new Layout.Site(institution, new Links(catalogue.uris(), req.getContextPath()), pageSize);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The {@code page} parameter: 1 when absent or not a positive number. */
    static int page(HttpServletRequest req) {
        String p = req.getParameter("page");
        try {
            return p == null ? 1 : Math.max(1, Integer.parseInt(p.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The reader's languages from Accept-Language, most preferred first, as primary subtags; empty without one. */
    static List<String> languages(HttpServletRequest req) {
        if (req.getHeader("Accept-Language") == null) return List.of();
        List<String> tags = new ArrayList<>();
        for (Locale l : Collections.list(req.getLocales())) {
            if (l.getLanguage().isEmpty()) continue;
            String tag = Languages.normalise(l.toLanguageTag());
            if (!tags.contains(tag)) tags.add(tag);
        }
        return tags;
    }

    public static void html(HttpServletResponse resp, int status, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        write(resp, body);
    }

    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        write(resp, message + "\n");
    }

    static void write(HttpServletResponse resp, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
