package org.glamlod.sync.core;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * One object as a target sees it: everything a projection may depend on.
 *
 * @param object           the object's URI (the name of its graph)
 * @param graph            a copy of the object's graph, links written back by targets included
 * @param graphFingerprint the store's fingerprint of the graph as the source gave it (links left out)
 * @param remoteId         the object's id at this target when already known, else null
 */
public record SyncItem(String object, Graph graph, String graphFingerprint, String remoteId) {
    public SyncItem {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(graphFingerprint, "graphFingerprint");
    }
}
