package org.glamlod.mappings.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** GET with the configured User-Agent, retrying what a later try can fix: network failures, 408, 429 and 5xx. */
final class Http implements Closeable {

    private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);

    private final HttpOptions options;
    private final OkHttpClient client;

    Http(HttpOptions options) {
        this.options = options;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(options.timeout())
                .readTimeout(options.timeout())
                .addInterceptor(chain -> chain.proceed(
                        chain.request().newBuilder().header("User-Agent", options.userAgent()).build()))
                .build();
    }

    /**
     * The successful response to {@code GET url}; the caller closes it. Only the request is retried: once a body
     * is being read, a failure is the caller's, since re-reading it would deliver its records twice.
     *
     * @throws IOException naming the status (or network error) and the number of attempts when all tries failed
     */
    Response get(HttpUrl url) throws IOException {
        Request request = new Request.Builder().url(url).get().build();
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = client.newCall(request).execute();
            } catch (IOException e) { // timeouts included; an interrupted thread is not kept waiting
                if (attempt >= options.attempts() || Thread.currentThread().isInterrupted())
                    throw new IOException(Inputs.describe(e) + tries(attempt), e);
                pause(backoff(attempt));
                continue;
            }
            if (response.isSuccessful()) return response;
            try (response) {
                int code = response.code();
                String status = "HTTP " + code + (response.message().isEmpty() ? "" : " " + response.message());
                if (!RETRYABLE.contains(code) || attempt >= options.attempts())
                    throw new IOException(status + tries(attempt) + excerpt(response));
                Duration wait = backoff(attempt);
                Duration asked = (code == 429 || code == 503) ? retryAfter(response) : null;
                if (asked != null && asked.compareTo(options.maxRetryAfter()) > 0)
                    throw new IOException(status + ": the server asks to retry after " + asked.toSeconds()
                            + " s, longer than the " + options.maxRetryAfter().toSeconds() + " s allowed");
                if (asked != null && asked.compareTo(wait) > 0) wait = asked;
                pause(wait);
            }
        }
    }

    private Duration backoff(int attempt) {
        return options.backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
    }

    private static String tries(int attempt) {
        return attempt == 1 ? "" : " (after " + attempt + " attempts)";
    }

    /** The start of an error body: APIs often say there what was wrong with the request. */
    private static String excerpt(Response response) throws IOException {
        String body = response.peekBody(300).string().replaceAll("\\s+", " ").strip();
        return body.isEmpty() ? "" : ": " + body;
    }

    /** Retry-After as delay-seconds or an HTTP date; null when absent or unreadable. */
    private static Duration retryAfter(Response response) {
        String value = response.header("Retry-After");
        if (value == null) return null;
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            Date date = response.headers().getDate("Retry-After");
            if (date == null) return null;
            Duration wait = Duration.between(Instant.now(), date.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }

    private static void pause(Duration wait) throws InterruptedIOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
