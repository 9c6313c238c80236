package org.glamlod.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The store's bookkeeping per object, kept in the TDB2 default graph (hidden from queries by the union default
 * graph): the fingerprint of the stored graph, the source (mapping) it came from, and, for objects a complete
 * ({@code --full}) ingest no longer saw, when they were deleted. Deleted objects keep this record as a tombstone,
 * so harvesters (OAI-PMH) can be told.
 */
public final class StoreState {
    public static final String NS = "urn:glamlod:state#";
    public static final Node FINGERPRINT = NodeFactory.createURI(NS + "fingerprint");
    public static final Node SOURCE = NodeFactory.createURI(NS + "source");
    public static final Node DELETED = NodeFactory.createURI(NS + "deleted");

    private StoreState() {}
}
