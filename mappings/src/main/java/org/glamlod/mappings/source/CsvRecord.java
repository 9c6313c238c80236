package org.glamlod.mappings.source;

import java.util.Map;

/** A CSV row, column name to value, in the header's order; empty cells are absent. */
public record CsvRecord(String locator, Map<String, String> row) implements SourceRecord {
    public CsvRecord {
        row = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(row));
    }
}
