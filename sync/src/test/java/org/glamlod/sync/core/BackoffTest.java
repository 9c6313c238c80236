package org.glamlod.sync.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    static Backoff backoff(Backoff.Jitter jitter, long seed) {
        return new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), jitter, new Random(seed));
    }

    @Test
    void theCeilingDoublesUpToTheMaximum() {
        Backoff b = backoff(Backoff.Jitter.FULL, 1);
        List<Long> seconds = new ArrayList<>();
        for (int failures = 1; failures <= 10; failures++) {
            seconds.add(b.ceiling(failures).toSeconds());
        }
        assertThat(seconds).containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L, 3600L);
        // far past any sensible count, still the maximum, not an overflow
        assertThat(b.ceiling(70)).isEqualTo(Duration.ofHours(1));
        assertThat(b.ceiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> b.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jitterStaysWithinItsRangeAndSpreads() {
        for (Backoff.Jitter jitter : Backoff.Jitter.values()) {
            Backoff b = backoff(jitter, 7);
            for (int failures = 1; failures <= 9; failures++) {
                Duration ceiling = b.ceiling(failures);
                Duration floor = jitter == Backoff.Jitter.EQUAL ? ceiling.dividedBy(2) : Duration.ZERO;
                List<Duration> delays = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    delays.add(b.delay(failures));
                }
                assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(floor, ceiling));
                // a fleet of items failing together comes back spread out, not all at once
                assertThat(delays.stream().distinct().count()).as("%s after %d", jitter, failures).isGreaterThan(100);
            }
        }
    }

    @Test
    void aSeededRandomGivesTheSameSchedule() {
        List<Instant> first = new ArrayList<>();
        List<Instant> second = new ArrayList<>();
        Backoff a = backoff(Backoff.Jitter.EQUAL, 42);
        Backoff b = backoff(Backoff.Jitter.EQUAL, 42);
        for (int failures = 1; failures <= 8; failures++) {
            first.add(a.nextAttempt(failures, NOW, null));
            second.add(b.nextAttempt(failures, NOW, null));
        }
        assertThat(first).isEqualTo(second);
        assertThat(first).isSorted();
    }

    @Test
    void retryAfterWinsWhenLonger() {
        Backoff b = backoff(Backoff.Jitter.EQUAL, 3);
        // 30 s ceiling after one failure: a 10-minute Retry-After is what counts
        assertThat(b.nextAttempt(1, NOW, Duration.ofMinutes(10))).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        // a 1-second Retry-After does not shorten the backoff
        assertThat(b.nextAttempt(1, NOW, Duration.ofSeconds(1))).isBetween(NOW.plusSeconds(15), NOW.plusSeconds(30));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1), Backoff.Jitter.FULL, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofHours(2), Duration.ofHours(1), Backoff.Jitter.FULL, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
