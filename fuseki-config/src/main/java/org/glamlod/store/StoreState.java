package org.glamlod.store;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The store's bookkeeping per object, kept in the TDB2 default graph (hidden from queries by the union default
 * graph): the fingerprint of the stored graph, the source (mapping) it came from, and, for objects a complete
 * ({@code --full}) ingest no longer saw, when they were deleted. Deleted objects keep this record as a tombstone,
 * so harvesters (OAI-PMH) can be told. And per sync target, the links it wrote into the object's graph (remote ids
 * as linked data), as N-Triples, so that an ingest that replaces the graph puts them back.
 */
public final class StoreState {
    public static final String NS = "urn:glamlod:state#";
    public static final Node FINGERPRINT = NodeFactory.createURI(NS + "fingerprint");
    public static final Node SOURCE = NodeFactory.createURI(NS + "source");
    public static final Node DELETED = NodeFactory.createURI(NS + "deleted");
    /** Followed by the target's name: {@code urn:glamlod:state#links/wikidata}. */
    public static final String LINKS = NS + "links/";

    static Node links(String target) {
        if (!target.matches("[a-z][a-z0-9-]*"))
            throw new IllegalArgumentException("a target name is lower-case letters, digits and dashes, not " + target);
        return NodeFactory.createURI(LINKS + target);
    }

    /** The target whose links a bookkeeping property holds, or null for another property. */
    static String linksTarget(String property) {
        return property.startsWith(LINKS) ? property.substring(LINKS.length()) : null;
    }

    static String toNTriples(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return out.toString();
    }

    static Graph fromNTriples(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.NTRIPLES).parse(g);
        return g;
    }

    private StoreState() {}

    /** An object's bookkeeping as it is stored, in the default graph. */
    static List<Quad> of(Node object, String fingerprint, Node source) {
        return List.of(Quad.create(Quad.defaultGraphIRI, object, FINGERPRINT, NodeFactory.createLiteralString(fingerprint)),
                Quad.create(Quad.defaultGraphIRI, object, SOURCE, source));
    }

    static Node date(Instant at) {
        return NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime);
    }
}
