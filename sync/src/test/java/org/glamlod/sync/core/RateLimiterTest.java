package org.glamlod.sync.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.glamlod.sync.MutableClock;
import org.junit.jupiter.api.Test;

/** The limiter on a test clock: its sleeps move the clock, so every wait is exact and nothing really sleeps. */
class RateLimiterTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    final MutableClock clock = new MutableClock(T0);
    final List<Duration> sleeps = new ArrayList<>();

    RateLimiter limiter(double perSecond) {
        return new RateLimiter(perSecond, clock, d -> {
            sleeps.add(d);
            clock.advance(d);
        });
    }

    @Test
    void requestsAreSpacedEvenly() throws InterruptedException {
        RateLimiter limiter = limiter(4);
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
            sent.add(clock.instant());
        }
        assertThat(sent).containsExactly(T0, T0.plusMillis(250), T0.plusMillis(500), T0.plusMillis(750), T0.plusMillis(1000));
    }

    @Test
    void timeAlreadyPassedIsNotWaitedFor() throws InterruptedException {
        RateLimiter limiter = limiter(1);
        limiter.acquire();
        clock.advance(Duration.ofSeconds(5));
        limiter.acquire();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aPauseHoldsEveryRequestUntilItEnds() throws InterruptedException {
        RateLimiter limiter = limiter(10);
        limiter.acquire();
        limiter.pauseUntil(T0.plusSeconds(30));
        // a shorter pause arriving later does not cut the longer one short
        limiter.pauseUntil(T0.plusSeconds(5));
        assertThat(limiter.pausedUntil()).isEqualTo(T0.plusSeconds(30));
        limiter.acquire();
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(30));
        limiter.acquire();
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(30).plusMillis(100));
    }

    @Test
    void readsWaitOutAPauseButNotThePace() throws InterruptedException {
        RateLimiter limiter = limiter(0.1);
        limiter.acquire();
        limiter.awaitPause();
        assertThat(clock.instant()).as("no slot of the write pace is waited for").isEqualTo(T0);
        limiter.pauseUntil(T0.plusSeconds(30));
        limiter.awaitPause();
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(30));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(30));
        limiter.acquire();
        assertThat(clock.instant()).as("reads took no slot: the next write waits only for its own").isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void aPauseThatArrivesDuringAWaitIsHonoured() throws InterruptedException {
        RateLimiter[] holder = new RateLimiter[1];
        RateLimiter limiter = new RateLimiter(1, clock, d -> {
            clock.advance(d);
            if (sleeps.isEmpty()) {
                // another thread's request was told to wait a minute while this one slept
                holder[0].pauseUntil(clock.instant().plusSeconds(60));
            }
            sleeps.add(d);
        });
        holder[0] = limiter;
        limiter.acquire();
        limiter.acquire();
        assertThat(clock.instant()).isAfterOrEqualTo(T0.plusSeconds(61));
    }

    @Test
    void anInterruptedWaitSendsNothing() {
        RateLimiter limiter = new RateLimiter(1, clock, d -> {
            throw new InterruptedException("shutting down");
        });
        assertThatThrownBy(() -> {
            limiter.acquire();
            limiter.acquire();
        }).isInstanceOf(InterruptedException.class);
    }

    @Test
    void theRateMustBePositive() {
        assertThatThrownBy(() -> limiter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(limiter(0.5).interval()).isEqualTo(Duration.ofSeconds(2));
    }
}
