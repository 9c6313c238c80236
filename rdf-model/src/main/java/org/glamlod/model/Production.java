package org.glamlod.model;

import java.util.List;

/**
 * How the object came to be.
 *
 * @param creators   makers in the order the museum lists them
 * @param timespan   when, or null
 * @param place      where, or null
 * @param techniques techniques used (a set)
 */
public record Production(List<Creator> creators, TimeSpan timespan, Place place, List<Concept> techniques) {
    public Production {
        creators = Lists.of(creators);
        techniques = Lists.canonical(techniques, Concept::uri);
    }

    public boolean isEmpty() {
        return creators.isEmpty() && timespan == null && place == null && techniques.isEmpty();
    }
}
