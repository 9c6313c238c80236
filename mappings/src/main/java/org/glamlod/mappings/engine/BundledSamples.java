package org.glamlod.mappings.engine;

import java.io.InputStream;
import java.util.List;

/**
 * Sample records in each bundled mapping's format, shipped in the jar for {@code glam demo} and the tests: real
 * formats with realistic records, bad ones included, so the demo shows the error report too.
 */
public final class BundledSamples {
    /** A sample file for a bundled mapping. */
    public record Sample(String mapping, String file) {
        /** The file's contents; the caller closes the stream. */
        public InputStream open() {
            InputStream in = BundledSamples.class.getResourceAsStream("/org/glamlod/mappings/samples/" + mapping + "/" + file);
            if (in == null) throw new IllegalStateException("sample " + mapping + "/" + file + " is missing from the build");
            return in;
        }
    }

    private static final List<Sample> ALL = List.of(
            new Sample("smithsonian-edan", "objects.jsonl"),
            new Sample("smk", "search-page.json"),
            new Sample("smk", "object-KMS1.json"),
            new Sample("smk", "search-page-problems.json"),
            new Sample("lido", "lido-1.0-museum-export.xml"),
            new Sample("lido", "lido-1.1-museum-export.xml"),
            new Sample("csv", "objects.csv"));

    public static List<Sample> all() {
        return ALL;
    }

    /** The samples of one mapping. */
    public static List<Sample> of(String mapping) {
        return ALL.stream().filter(s -> s.mapping().equals(mapping)).toList();
    }

    private BundledSamples() {}
}
