package org.glamlod.sync.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Paces one target's requests: at most {@code requestsPerSecond}, evenly spaced (a remote's limits are per
 * second or per minute, and bursts are what trip them), and not at all while the target has asked us to wait
 * ({@link #pauseUntil}: Retry-After, maxlag). Shared by every run of the target in this process.
 */
public final class RateLimiter {

    /** How the limiter waits; tests pass one that moves a test clock instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant nextFree = Instant.MIN;
    private Instant pausedUntil = Instant.MIN;

    public RateLimiter(double requestsPerSecond, Clock clock, Sleeper sleeper) {
        if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException("requests per second must be a positive number, not " + requestsPerSecond);
        }
        this.interval = Duration.ofNanos(Math.round(1_000_000_000d / requestsPerSecond));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** With the system clock, sleeping for real. */
    public RateLimiter(double requestsPerSecond) {
        this(requestsPerSecond, Clock.systemUTC(), d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
    }

    /**
     * Waits until a request may go. Each caller reserves its slot before waiting, so concurrent callers are spaced
     * too; a pause that arrives while waiting is honoured before returning.
     *
     * @throws InterruptedException when interrupted while waiting (nothing was sent)
     */
    public void acquire() throws InterruptedException {
        while (true) {
            Instant now = clock.instant();
            Instant slot;
            synchronized (this) {
                slot = latest(latest(nextFree, pausedUntil), now);
                if (!slot.isAfter(now)) {
                    nextFree = now.plus(interval);
                    return;
                }
                // reserve the slot so the next caller queues behind this one
                nextFree = slot.plus(interval);
            }
            sleeper.sleep(Duration.between(now, slot));
            synchronized (this) {
                Instant after = clock.instant();
                if (!pausedUntil.isAfter(after)) {
                    return;
                }
            }
        }
    }

    /**
     * Waits out a pause the target asked for, without taking a slot of the pace: for the reads of a dry run, which
     * Wikimedia's API etiquette asks only to make one at a time, while the pace is set for writes.
     *
     * @throws InterruptedException when interrupted while waiting (nothing was sent)
     */
    public void awaitPause() throws InterruptedException {
        while (true) {
            Instant now = clock.instant();
            Instant until;
            synchronized (this) {
                until = pausedUntil;
            }
            if (!until.isAfter(now)) {
                return;
            }
            sleeper.sleep(Duration.between(now, until));
        }
    }

    /** The target asked us to wait until {@code until}: no request goes before then. Earlier pauses are kept if longer. */
    public synchronized void pauseUntil(Instant until) {
        pausedUntil = latest(pausedUntil, until);
    }

    /** Until when the target is paused; in the past when it is not. */
    public synchronized Instant pausedUntil() {
        return pausedUntil;
    }

    public Duration interval() {
        return interval;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
