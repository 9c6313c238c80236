package org.glamlod.dumps;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The bulk formats of the public data. None includes the store's bookkeeping (the TDB2 default graph).
 *
 * @param name      the name on the command line and in the manifest
 * @param file      the file name of the published dump under {@code {data}/dumps/}; published dumps are gzipped
 * @param mediaType the media type of the uncompressed content
 * @param unit      what {@link DumpFile#count()} counts
 */
public enum DumpFormat {
    /** Every object's named graph, graph by graph: re-loads into a quad store as it was (less the bookkeeping). */
    NQUADS("nquads", "collection.nq.gz", "application/n-quads", "quads"),
    /** The union of the object graphs (what a plain SPARQL query sees), each triple once, grouped by subject. */
    TURTLE("turtle", "collection.ttl.gz", "text/turtle", "triples"),
    /**
     * JSON Lines: one Linked Art JSON-LD document per line and object (a directory of 10 million files serves nobody;
     * a line per document streams both ways and splits with standard tools).
     */
    LINKED_ART("linked-art", "collection-linked-art.jsonl.gz", "application/ld+json", "documents");

    private final String name;
    private final String file;
    private final String mediaType;
    private final String unit;

    DumpFormat(String name, String file, String mediaType, String unit) {
        this.name = name;
        this.file = file;
        this.mediaType = mediaType;
        this.unit = unit;
    }

    public String formatName() { return name; }
    public String file() { return file; }
    public String mediaType() { return mediaType; }
    public String unit() { return unit; }

    /** The format of a name ({@code nquads}, {@code turtle}, {@code linked-art}). */
    public static DumpFormat named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown dump format '" + name + "' (known: "
                        + Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", ")) + ")"));
    }

    @Override
    public String toString() {
        return name;
    }
}
