package org.glamlod.sync.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A target's call failed; {@link Kind} says what the sync loop does about it. */
public final class TargetException extends Exception {

    public enum Kind {
        /** Transient (a 5xx, a timeout, maxlag): retried with backoff, not before {@link #retryAfter()} if given. */
        RETRYABLE,
        /** The remote asked us to slow down (429): the whole target pauses for {@link #retryAfter()}, the item is retried. */
        RATE_LIMITED,
        /** The remote refused the data as it is (a validation error): not retried until the object changes or an operator retries. */
        PERMANENT,
        /** A person must decide (several remote records match): the item waits for review. */
        NEEDS_REVIEW
    }

    private final Kind kind;
    private final String code;
    private final Duration retryAfter;

    /**
     * @param code       the remote's code for the failure (HTTP status, API error code), for the dashboard
     * @param retryAfter what the remote asked us to wait (Retry-After, maxlag), or null
     */
    public TargetException(Kind kind, String code, String message, Duration retryAfter) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public TargetException(Kind kind, String code, String message) {
        this(kind, code, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
