package org.glamlod.sync.wikidata;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What the projection knows besides the object's graph.
 *
 * @param commonsFile a Commons file name of the object's main image ("Rembrandt - The Night Watch.jpg", without
 *                    {@code File:}), or null while none exists
 * @param creatorQids agent id → QID for every creator the {@link Reconciler} resolved
 * @param retrieved   the date for P813: when the museum's data was last changed, so that an unchanged object
 *                    projects to an identical item and makes no request
 * @param asOf        today, for the public-domain rule (creator dead for more than 100 years)
 */
public record ProjectionContext(String commonsFile, Map<String, String> creatorQids, LocalDate retrieved,
                                LocalDate asOf) {
    public ProjectionContext {
        if (commonsFile != null) {
            if (commonsFile.isBlank()) commonsFile = null;
            else if (commonsFile.startsWith("File:")) throw new IllegalArgumentException("Commons file name without File: " + commonsFile);
        }
        creatorQids = Map.copyOf(creatorQids);
        Objects.requireNonNull(retrieved, "retrieved");
        Objects.requireNonNull(asOf, "asOf");
    }
}
