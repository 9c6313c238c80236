package org.glamlod.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Helpers for the model's immutable collections. */
final class Lists {
    /** An immutable copy; null means empty. For ordered things (titles, identifiers …): order is kept. */
    static <T> List<T> of(Collection<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    /**
     * An immutable, duplicate-free copy in canonical order. For things RDF holds as a set (classifications,
     * materials, equivalents …): the order a source listed them in is not data, so the model does not keep it.
     */
    static <T> List<T> canonical(Collection<T> items, Function<T, String> key) {
        if (items == null) return List.of();
        return items.stream().distinct().sorted(Comparator.comparing(key)).toList();
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        return value;
    }

    /** An absolute URI (http, https, urn …) or null; anything else is an error naming the field. */
    static String uriOrNull(String value, String what) {
        if (value == null || value.isBlank()) return null;
        try {
            if (java.net.URI.create(value).isAbsolute()) return value;
        } catch (IllegalArgumentException e) {
            // fall through to the error below, which names the field
        }
        throw new IllegalArgumentException(what + " is not an absolute URI: " + value);
    }

    static List<String> uris(Collection<String> values, String what) {
        if (values == null) return List.of();
        return canonical(values.stream().map(v -> Lists.requireText(uriOrNull(v, what), what)).toList(), s -> s);
    }

    private Lists() {}
}
