package org.glamlod.dumps;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The server's public address (scheme, host, context path, ending in {@code /}) for the absolute URLs in the dataset
 * description, the sitemap and the dump listing: the configured one, else taken from each request, so the same server
 * answers correctly as {@code localhost:3030} and under its public name. Behind a reverse proxy that terminates TLS,
 * the proxy's {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} say what the client used; a client sending them
 * itself only changes the URLs it is shown.
 */
final class PublicAddress {
    /** A host name, IPv4 or bracketed IPv6 address, with an optional port: nothing that could break out of a URL. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+])(:\\d{1,5})?");

    private final String configured;

    /** @param configured the public address (absolute, ending in {@code /}), or null to take it from requests */
    PublicAddress(String configured) {
        if (configured != null && (!URI.create(configured).isAbsolute() || !configured.endsWith("/")))
            throw new IllegalArgumentException("the public address must be absolute and end with '/': " + configured);
        this.configured = configured;
    }

    String of(HttpServletRequest request) {
        if (configured != null) return configured;
        String proto = first(request.getHeader("X-Forwarded-Proto"));
        String scheme = "http".equals(proto) || "https".equals(proto) ? proto : request.getScheme();
        String host = first(request.getHeader("X-Forwarded-Host"));
        if (host == null || !HOST.matcher(host).matches()) host = request.getHeader("Host");
        if (host == null || !HOST.matcher(host).matches()) host = request.getServerName() + ":" + request.getServerPort();
        return scheme + "://" + host + request.getContextPath() + "/";
    }

    /** The first of a proxy header's comma-separated values (each proxy on the way appends one). */
    private static String first(String header) {
        if (header == null) return null;
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).strip();
    }
}
