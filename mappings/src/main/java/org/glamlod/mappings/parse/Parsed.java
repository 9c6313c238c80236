package org.glamlod.mappings.parse;

import java.util.Objects;
import java.util.Optional;

/**
 * What parsing one source value gave: a value, nothing (the field was blank), or a failure message that quotes the
 * source text, for the engine to report against the record and field. A parser never throws for bad input.
 *
 * @param value   the parsed value, empty when the input was blank or could not be read
 * @param failure why the input could not be read, quoting it; empty unless reading failed
 */
public record Parsed<T>(Optional<T> value, Optional<String> failure) {
    public Parsed {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(failure, "failure");
        if (value.isPresent() && failure.isPresent())
            throw new IllegalArgumentException("a parse result is a value or a failure, not both");
    }

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(Optional.of(value), Optional.empty());
    }

    public static <T> Parsed<T> nothing() {
        return new Parsed<>(Optional.empty(), Optional.empty());
    }

    public static <T> Parsed<T> failed(String message) {
        return new Parsed<>(Optional.empty(), Optional.of(message));
    }
}
