package org.glamlod.mappings.source;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * How {@code http(s)://} inputs are fetched.
 *
 * @param userAgent     sent with every request; APIs run by museums ask for a way to reach whoever runs a harvester
 * @param attempts      tries per request, including the first, for network failures and 408/429/5xx answers
 * @param backoff       wait before the second try, doubled for each further one
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a server asking for more ends the input at once,
 *                      since an ingest that silently stalls for an hour is worse than one that says why it stopped
 * @param timeout       connect and read timeout
 */
public record HttpOptions(String userAgent, int attempts, Duration backoff, Duration maxRetryAfter, Duration timeout) {

    public static final HttpOptions DEFAULT = new HttpOptions(userAgent(null), 4, Duration.ofSeconds(1),
            Duration.ofMinutes(2), Duration.ofSeconds(60));

    public HttpOptions {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(timeout, "timeout");
        if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
    }

    /** {@code glam-lod/VERSION (+contact)}: the contact (a URL or an e-mail address) should come from configuration. */
    public static String userAgent(String contact) {
        return "glam-lod/" + version() + (contact == null || contact.isBlank() ? "" : " (+" + contact + ")");
    }

    /** From the pom.properties Maven puts in every jar (shading keeps it); "dev" when run from classes. */
    private static String version() {
        try (InputStream in = HttpOptions.class.getResourceAsStream("/META-INF/maven/org.glamlod/mappings/pom.properties")) {
            if (in == null) return "dev";
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /** These options with the User-Agent {@code glam-lod/VERSION (+contact)}. */
    public HttpOptions withContact(String contact) {
        return new HttpOptions(userAgent(contact), attempts, backoff, maxRetryAfter, timeout);
    }
}
