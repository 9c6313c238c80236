package org.glamlod.mappings.source;

import java.util.Objects;

/**
 * How to cut a source into records. Only the fields of the chosen {@link Kind} matter; build one with the factories.
 *
 * @param kind          the syntax
 * @param recordsField  JSON: the field of a wrapper object that holds the record array ({@code items} in an SMK API
 *                      response), or null when every top-level object is a record
 * @param xmlNamespace  XML: namespace URI of the record element ({@code http://www.lido-schema.org}), "" for none
 * @param xmlElement    XML: local name of the record element ({@code lido})
 * @param csvDelimiter  CSV: the column separator
 * @param pageSize      JSON with a records field: when positive, {@code http(s)://} inputs are paged APIs, fetched
 *                      {@code pageSize} records at a time with {@code offset} and {@code rows} query parameters (see
 *                      {@link Sources}); 0 reads a URL as one document like a file
 */
public record SourceFormat(Kind kind, String recordsField, String xmlNamespace, String xmlElement, char csvDelimiter,
                           int pageSize) {

    public enum Kind { JSON, JSON_LINES, CSV, XML }

    public SourceFormat {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.XML && (xmlNamespace == null || xmlElement == null || xmlElement.isBlank()))
            throw new IllegalArgumentException("an XML source needs the record element's namespace (\"\" for none) and local name");
        if (kind == Kind.CSV && (csvDelimiter == '"' || csvDelimiter == '\n' || csvDelimiter == '\r'))
            throw new IllegalArgumentException("a CSV delimiter cannot be a quote or a line break");
        if (recordsField != null && recordsField.isEmpty())
            throw new IllegalArgumentException("the JSON records field name is empty");
        if (pageSize < 0 || pageSize > 0 && (kind != Kind.JSON || recordsField == null))
            throw new IllegalArgumentException("paging needs a JSON source with a records field and a positive page size");
    }

    /** JSON documents: a top-level array streams its items, a top-level object is one record. */
    public static SourceFormat json() {
        return new SourceFormat(Kind.JSON, null, null, null, ',', 0);
    }

    /**
     * JSON documents whose records sit in an array field of a wrapper object (SMK: {@code items}); a top-level array
     * still streams its items, and an object without that field is one record.
     */
    public static SourceFormat json(String recordsField) {
        return new SourceFormat(Kind.JSON, Objects.requireNonNull(recordsField, "recordsField"), null, null, ',', 0);
    }

    /** One JSON object per line (Smithsonian Open Access, most bulk dumps). */
    public static SourceFormat jsonLines() {
        return new SourceFormat(Kind.JSON_LINES, null, null, null, ',', 0);
    }

    public static SourceFormat csv() {
        return csv(',');
    }

    /** UTF-8 CSV with a header row, e.g. {@code csv(';')} or {@code csv('\t')}. */
    public static SourceFormat csv(char delimiter) {
        return new SourceFormat(Kind.CSV, null, null, null, delimiter, 0);
    }

    /** XML whose records are the elements {@code {namespace}localName}, e.g. {@code xml("http://www.lido-schema.org", "lido")}. */
    public static SourceFormat xml(String namespace, String localName) {
        return new SourceFormat(Kind.XML, null, namespace, localName, ',', 0);
    }

    /** This JSON format, with {@code http(s)://} inputs read as a paged API, {@code pageSize} records a request. */
    public SourceFormat paged(int pageSize) {
        if (pageSize <= 0) throw new IllegalArgumentException("page size must be positive: " + pageSize);
        return new SourceFormat(kind, recordsField, xmlNamespace, xmlElement, csvDelimiter, pageSize);
    }

    public boolean isPaged() {
        return pageSize > 0;
    }
}
