package org.glamlod.sync.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When a failed item is tried again: exponential backoff ({@code base · 2^(failures-1)}, at most {@code max}) with
 * jitter, so items that failed together (an outage) do not all come back at once. A remote's own Retry-After wins
 * when it asks for longer.
 * <p>
 * Decorrelated jitter is left out on purpose: it needs the previous delay, which the sync state does not keep;
 * equal jitter gives the same spread with a floor, from the failure count alone.
 *
 * @param base   the first delay
 * @param max    no delay is longer, however many failures
 * @param jitter how the delay is spread
 * @param random the source of the spread; seeded in tests, so schedules are reproducible
 */
public record Backoff(Duration base, Duration max, Jitter jitter, RandomGenerator random) {

    public enum Jitter {
        /** Anywhere between zero and the exponential delay (AWS's "full jitter"): the widest spread. */
        FULL,
        /** Half the exponential delay, plus up to the other half at random: never retried sooner than half. */
        EQUAL
    }

    /** One minute, doubling, at most a day, equal jitter: a remote outage costs a few requests an hour per item. */
    public static Backoff standard() {
        return new Backoff(Duration.ofMinutes(1), Duration.ofDays(1), Jitter.EQUAL, RandomGenerator.getDefault());
    }

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(jitter, "jitter");
        Objects.requireNonNull(random, "random");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= max, not base " + base + ", max " + max);
        }
    }

    /** The exponential delay after {@code failures} consecutive failures (at least 1), before jitter. */
    public Duration ceiling(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures start at 1, not " + failures);
        }
        // doubling past 62 steps overflows a long; any max is reached long before
        int doublings = Math.min(failures - 1, 62);
        long millis = base.toMillis();
        long capped = max.toMillis();
        return Duration.ofMillis(millis > (capped >> doublings) ? capped : Math.min(capped, millis << doublings));
    }

    /** The delay after {@code failures} consecutive failures, with jitter. */
    public Duration delay(int failures) {
        long ceiling = ceiling(failures).toMillis();
        return Duration.ofMillis(switch (jitter) {
            case FULL -> random.nextLong(ceiling + 1);
            case EQUAL -> ceiling / 2 + random.nextLong(ceiling - ceiling / 2 + 1);
        });
    }

    /** When to try again after {@code failures} consecutive failures at {@code now}: not before {@code retryAfter}. */
    public Instant nextAttempt(int failures, Instant now, Duration retryAfter) {
        Duration wait = delay(failures);
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return now.plus(wait);
    }
}
