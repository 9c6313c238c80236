package org.glamlod.model;

/**
 * A term from a controlled vocabulary (usually AAT), by URI, with the label the record gave it.
 *
 * @param uri   the concept's URI, e.g. {@code http://vocab.getty.edu/aat/300033618}
 * @param label a human-readable label, or null when the source gave none
 */
public record Concept(String uri, String label) {
    public Concept {
        uri = Lists.requireText(Lists.uriOrNull(uri, "concept URI"), "concept URI");
        if (label != null && label.isBlank()) label = null;
    }

    public static Concept of(String uri, String label) {
        return new Concept(uri, label);
    }
}
