package org.glamlod.model;

import java.time.Instant;

/**
 * When something happened: the earliest possible begin and latest possible end, both inclusive, as Linked Art's
 * {@code begin_of_the_begin} / {@code end_of_the_end}, plus the date as the source displayed it ("ca. 1650-60").
 * Undated records keep their display text with no bounds.
 *
 * @param begin   earliest possible start, or null
 * @param end     latest possible end (inclusive, e.g. {@code 1881-12-31T23:59:59Z}), or null
 * @param display the source's own wording, or null
 */
public record TimeSpan(Instant begin, Instant end, String display) {
    public TimeSpan {
        if (display != null && display.isBlank()) display = null;
        if (begin == null && end == null && display == null)
            throw new IllegalArgumentException("a time span needs a begin, an end or a display date");
    }

    /** Whole years, inclusive: {@code years(1650, 1660)} is 1650-01-01T00:00:00Z to 1660-12-31T23:59:59Z. */
    public static TimeSpan years(int from, int to, String display) {
        return new TimeSpan(yearStart(from), yearStart(to + 1).minusSeconds(1), display);
    }

    private static Instant yearStart(int year) {
        return java.time.LocalDate.of(year, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
