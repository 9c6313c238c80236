package org.glamlod.mappings.parse;

import static java.util.stream.Collectors.toUnmodifiableMap;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/** Word tables for the parsers: each entry lists the spellings of one meaning, separated by {@code |}. */
final class Words {
    /** Every spelling mapped to its meaning; a spelling listed twice is a mistake in the table and fails. */
    @SafeVarargs
    static <V> Map<String, V> index(Map.Entry<String, V>... spellings) {
        return Stream.of(spellings)
                .flatMap(e -> Arrays.stream(e.getKey().split("\\|")).map(word -> Map.entry(word, e.getValue())))
                .collect(toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Words() {}
}
