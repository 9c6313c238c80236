package org.glamlod.mappings.source;

/**
 * One record read from a source, with its locator: where it came from, precisely enough for an operator to find it
 * ({@code objects.jsonl:1042}, {@code lido.xml#record 17 (line 3311)}, {@code https://api…?offset=200#item 7}).
 */
public sealed interface SourceRecord permits JsonRecord, XmlRecord, CsvRecord {
    String locator();
}
