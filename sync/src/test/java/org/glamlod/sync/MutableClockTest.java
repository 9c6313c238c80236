package org.glamlod.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {
    @Test
    void aClockInAnotherZoneMovesWithTheOriginal() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        Clock copenhagen = clock.withZone(ZoneId.of("Europe/Copenhagen"));
        assertThat(copenhagen.getZone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
        clock.advance(Duration.ofMinutes(5));
        assertThat(copenhagen.instant()).isEqualTo(Instant.parse("2026-03-01T10:05:00Z"));
        assertThat(LocalDateTime.now(copenhagen)).isEqualTo(LocalDateTime.parse("2026-03-01T11:05:00"));
        assertThat(copenhagen.withZone(ZoneId.of("UTC")).instant()).isEqualTo(clock.instant());
    }
}
